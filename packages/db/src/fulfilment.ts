import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  type CheckoutOutcome,
  type CheckoutState,
  chargedAmount,
  type Pledge,
  type PledgeStatus,
  TRANSITIONS,
} from '@haven/core';
import { raisedAttribute } from './campaign-item';
import type { Db } from './client';
import { keys } from './keys';
import { getOrganisation } from './org-repo';
import type { Payment } from './payment-item';
import { findPledge } from './pledge-repo';

/** What applying an outcome did: changed state, found the event already applied, or found
 * the pledge already past this step (another event or the thank-you page got there first). */
export type FulfilmentEffect =
  | 'applied'
  | 'duplicate'
  | 'no_change'
  | 'amount_mismatch'
  | 'unknown_pledge';

type Outcome = Exclude<CheckoutOutcome, 'none'>;
type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const EVENT_RETENTION_DAYS = 90;
const MAX_ATTEMPTS = 10;

/**
 * Applies a checkout outcome to its pledge exactly once. One DynamoDB transaction records the
 * event key under a condition that it is new and moves the pledge under a condition on its
 * state; for a payment it also writes the payment, adds the gift to the campaign's totals and
 * supporters, takes the organisation's next receipt number and queues the receipt email.
 * Duplicates, concurrent deliveries and any order of events therefore end in the same state.
 */
export async function applyCheckoutOutcome(
  db: Db,
  input: { eventKey: string; pledgeId: string; outcome: Outcome; state: CheckoutState; now: Date },
): Promise<FulfilmentEffect> {
  for (let attempt = 1; ; attempt++) {
    const pledge = await findPledge(db, input.pledgeId);
    // A session another system made on the same Stripe account: nothing of ours to change.
    if (!pledge) return 'unknown_pledge';
    const allowedFrom: readonly PledgeStatus[] = TRANSITIONS[input.outcome];
    if (!allowedFrom.includes(pledge.status)) return recordEventOnly(db, input.eventKey, input.now);
    if (input.outcome === 'paid' && !amountsMatch(pledge, input.state)) return 'amount_mismatch';

    const items = [
      eventPut(db, input.eventKey, input.now),
      pledgeUpdate(db, pledge, input.outcome, allowedFrom, input.now),
      ...(input.outcome === 'paid' ? await paymentItems(db, pledge, input.state, input.now) : []),
    ];
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return 'applied';
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

async function recordEventOnly(db: Db, eventKey: string, now: Date): Promise<FulfilmentEffect> {
  const put = eventPut(db, eventKey, now).Put;
  try {
    await db.doc.send(new PutCommand(put));
    return 'no_change';
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') {
      return 'duplicate';
    }
    throw error;
  }
}

const amountsMatch = (pledge: Pledge, state: CheckoutState) =>
  state.amountTotal === chargedAmount(pledge) && state.currency.toUpperCase() === pledge.currency;

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

function pledgeUpdate(
  db: Db,
  pledge: Pledge,
  outcome: Outcome,
  allowedFrom: readonly PledgeStatus[],
  now: Date,
): TransactItem {
  const from = Object.fromEntries(allowedFrom.map((status, i) => [`:from${i}`, status]));
  return {
    Update: {
      TableName: db.tableName,
      Key: keys.pledge(pledge.id),
      // A settled pledge leaves the index of pledges still waiting for Stripe.
      UpdateExpression:
        outcome === 'processing'
          ? 'SET #status = :to, updatedAt = :now'
          : 'SET #status = :to, updatedAt = :now REMOVE gsi2pk, gsi2sk',
      ConditionExpression: `#status IN (${Object.keys(from).join(', ')})`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':to': outcome, ':now': now.toISOString(), ...from },
    },
  };
}

async function paymentItems(
  db: Db,
  pledge: Pledge,
  state: CheckoutState,
  now: Date,
): Promise<TransactItem[]> {
  const settlement = state.settlement;
  if (!settlement) throw new Error(`session ${state.sessionId} is paid but has no settlement`);
  // The receipt's date and tax year are when the donor paid, not when we heard of it: Stripe
  // may deliver a 31 December payment on 2 January.
  const paidAt = settlement.paidAt ?? now.toISOString();
  const year = new Date(paidAt).getUTCFullYear();
  const [org, sequence] = await Promise.all([
    getOrganisation(db, pledge.orgSlug),
    db.doc.send(
      new GetCommand({
        TableName: db.tableName,
        Key: keys.receiptSequence(pledge.orgSlug, year),
        ConsistentRead: true,
      }),
    ),
  ]);
  const last = typeof sequence.Item?.last === 'number' ? sequence.Item.last : 0;
  const prefix = org.receiptPrefix ?? org.slug.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const receiptNumber = `${prefix}-${year}-${String(last + 1).padStart(6, '0')}`;
  const payment: Payment = {
    pledgeId: pledge.id,
    orgSlug: pledge.orgSlug,
    campaignSlug: pledge.campaignSlug,
    currency: pledge.currency,
    gift: pledge.gift,
    feeCover: pledge.feeCover,
    gross: settlement.gross,
    fee: settlement.fee,
    net: settlement.net,
    settlementCurrency: settlement.currency.toUpperCase(),
    receiptNumber,
    paidAt,
    checkoutSessionId: state.sessionId,
    paymentIntentId: settlement.paymentIntentId,
    chargeId: settlement.chargeId,
    donorEmail: state.customer.email,
    donorName: state.customer.name,
    anonymous: pledge.anonymous,
    dedication: pledge.dedication,
    message: pledge.message,
    locale: pledge.locale,
    refunded: 0,
  };
  const outboxId = `receipt_${pledge.id}`;
  return [
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.payment(pledge.id),
          ...keys.paymentsByDate(pledge.orgSlug, paidAt, pledge.id),
          type: 'payment',
          ...payment,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName: db.tableName,
        Key: keys.campaign(pledge.orgSlug, pledge.campaignSlug),
        // ADD creates the currency's total the first time a gift arrives in it.
        UpdateExpression: 'ADD #raised :gift, supporters :one',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#raised': raisedAttribute(pledge.currency) },
        ExpressionAttributeValues: { ':gift': pledge.gift, ':one': 1 },
      },
    },
    {
      Update: {
        TableName: db.tableName,
        Key: keys.receiptSequence(pledge.orgSlug, year),
        UpdateExpression: 'SET #last = :next',
        // Numbers are sequential without gaps: only the transaction that read `last` may take it.
        ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : '#last = :last',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':next': last + 1, ...(last === 0 ? {} : { ':last': last }) },
      },
    },
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.outbox(outboxId),
          ...keys.outboxDue('pending', now.toISOString(), outboxId),
          type: 'outbox',
          id: outboxId,
          kind: 'receipt',
          pledgeId: pledge.id,
          status: 'pending',
          attempts: 0,
          dueAt: now.toISOString(),
          createdAt: now.toISOString(),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
