import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  type CheckoutState,
  type FulfilmentEffect,
  type FulfilmentOutcome,
  type FulfilmentPlan,
  type PaymentWrites,
  type PledgeMove,
  paidAt,
  planFulfilment,
  type ReceiptCounter,
} from '@haven/core';
import { raisedAttribute } from './campaign-item';
import type { Db } from './client';
import { isConditionFailed } from './conditional';
import { keys } from './keys';
import { getOrganisation } from './org-repo';
import { findPledge } from './pledge-repo';

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const EVENT_RETENTION_DAYS = 90;
const MAX_ATTEMPTS = 10;

/**
 * Applies a checkout outcome to its pledge exactly once. Core plans what to write from what is
 * read here; one DynamoDB transaction then records the event key under a condition that it is
 * new and moves the pledge under a condition on its state; for a payment it also writes the
 * payment, adds the gift to the campaign's totals and supporters, takes the organisation's next
 * receipt number and queues the receipt email. Duplicates, concurrent deliveries and any order
 * of events therefore end in the same state.
 */
export async function applyCheckoutOutcome(
  db: Db,
  input: {
    eventKey: string;
    pledgeId: string;
    outcome: FulfilmentOutcome;
    state: CheckoutState;
    now: Date;
  },
): Promise<FulfilmentEffect> {
  for (let attempt = 1; ; attempt++) {
    const pledge = await findPledge(db, input.pledgeId);
    // A session another system made on the same Stripe account: nothing of ours to change.
    if (!pledge) return 'unknown_pledge';
    const { outcome, state, now } = input;
    const plan = planFulfilment(
      outcome === 'paid'
        ? { outcome, pledge, state, now, ...(await readReceipting(db, pledge.orgSlug, state, now)) }
        : { outcome, pledge, state, now },
    );
    if (plan.write === 'nothing') return plan.effect;
    if (plan.write === 'event') return recordEventOnly(db, input.eventKey, now);
    try {
      await db.doc.send(
        new TransactWriteCommand({ TransactItems: transactItems(db, input.eventKey, plan, now) }),
      );
      return plan.effect;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
      // Another delivery moved the pledge or took the receipt number first, or DynamoDB saw a
      // conflicting transaction: read again and retry; the conditions keep it exactly-once.
      if (attempt >= MAX_ATTEMPTS) throw error;
      // Full jitter on a doubling ceiling, so contenders for one counter spread out.
      await sleep(Math.random() * Math.min(800, 20 * 2 ** attempt));
    }
  }
}

/**
 * The organisation and its receipt counter, read consistently. The receipt's date and tax year
 * are when the donor paid, not when we heard of it (core's paidAt): Stripe may deliver a
 * 31 December payment on 2 January, and it takes the last number of the old year.
 */
async function readReceipting(db: Db, orgSlug: string, state: CheckoutState, now: Date) {
  const { year } = paidAt(state, now);
  const [org, sequence] = await Promise.all([
    getOrganisation(db, orgSlug),
    db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: keys.receiptSequence(orgSlug, year),
        ConsistentRead: true,
      }),
    ),
  ]);
  const last = typeof sequence.Item?.last === 'number' ? sequence.Item.last : 0;
  return { org, receiptCounter: { year, last } satisfies ReceiptCounter };
}

async function recordEventOnly(db: Db, eventKey: string, now: Date): Promise<FulfilmentEffect> {
  try {
    await db.doc.send(new PutCommand(eventPut(db, eventKey, now).Put));
    return 'no_change';
  } catch (error) {
    if (isConditionFailed(error)) return 'duplicate';
    throw error;
  }
}

/** The event key first: a failed condition on item 0 means this event was applied already. */
function transactItems(
  db: Db,
  eventKey: string,
  plan: Extract<FulfilmentPlan, { write: 'transaction' }>,
  now: Date,
): TransactItem[] {
  return [
    eventPut(db, eventKey, now),
    pledgeUpdate(db, plan.move),
    ...(plan.payment ? paymentItems(db, plan.payment) : []),
  ];
}

function eventPut(db: Db, eventKey: string, now: Date) {
  return {
    Put: {
      TableName: db.tableName,
      Item: {
        ...keys.stripeEvent(eventKey),
        type: 'stripe_event',
        appliedAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + EVENT_RETENTION_DAYS * 86_400,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  } satisfies TransactItem;
}

function pledgeUpdate(db: Db, move: PledgeMove): TransactItem {
  const from = Object.fromEntries(move.from.map((status, i) => [`:from${i}`, status]));
  return {
    Update: {
      TableName: db.tableName,
      Key: keys.pledge(move.pledgeId),
      // A settled pledge leaves the index of pledges still waiting for Stripe.
      UpdateExpression: move.leavesOpenIndex
        ? 'SET #status = :to, updatedAt = :now REMOVE gsi2pk, gsi2sk'
        : 'SET #status = :to, updatedAt = :now',
      ConditionExpression: `#status IN (${Object.keys(from).join(', ')})`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':to': move.to, ':now': move.at, ...from },
    },
  };
}

function paymentItems(db: Db, writes: PaymentWrites): TransactItem[] {
  const { payment, campaignTotal, receiptSequence, email } = writes;
  const { last, next } = receiptSequence;
  return [
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.payment(payment.pledgeId),
          ...keys.paymentsByDate(payment.orgSlug, payment.paidAt, payment.pledgeId),
          ...keys.campaignPaymentsByDate(
            payment.orgSlug,
            payment.campaignSlug,
            payment.paidAt,
            payment.pledgeId,
          ),
          type: 'payment',
          ...payment,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName: db.tableName,
        Key: keys.campaign(campaignTotal.orgSlug, campaignTotal.campaignSlug),
        // ADD creates the currency's total the first time a gift arrives in it.
        UpdateExpression: 'ADD #raised :gift, supporters :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#raised': raisedAttribute(campaignTotal.currency) },
        ExpressionAttributeValues: {
          ':gift': campaignTotal.amount,
          ':one': campaignTotal.supporters,
        },
      },
    },
    {
      Update: {
        TableName: db.tableName,
        Key: keys.receiptSequence(receiptSequence.orgSlug, receiptSequence.year),
        UpdateExpression: 'SET #last = :next',
        // Numbers are sequential without gaps: only the transaction that read `last` may take it.
        ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : '#last = :last',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':next': next, ...(last === 0 ? {} : { ':last': last }) },
      },
    },
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.outbox(email.outboxId),
          ...keys.outboxDue('pending', email.dueAt, email.outboxId),
          type: 'outbox',
          id: email.outboxId,
          kind: email.kind,
          pledgeId: email.pledgeId,
          status: 'pending',
          attempts: 0,
          dueAt: email.dueAt,
          createdAt: email.dueAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
