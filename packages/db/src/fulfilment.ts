import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  type CheckoutState,
  type FulfilmentEffect,
  type FulfilmentOutcome,
  type FulfilmentPlan,
  type PaymentWrites,
  type PledgeMove,
  planFulfilment,
  type SupporterWrites,
  TemporarilyUnavailableError,
} from '@haven/core';
import { raisedAttribute, randomTotalsShard } from './campaign-totals';
import type { Db } from './client';
import { isConditionFailed } from './conditional';
import { donorIndexOf } from './donor/donor-index';
import { keys } from './keys';
import { ledgerEntryPut } from './ledger-repo';
import { findPledge } from './pledge-repo';
import { campaignSupporterExists, supporterItems, supporterKeyOf } from './supporters';

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const EVENT_RETENTION_DAYS = 90;
const MAX_ATTEMPTS = 10;

/**
 * Applies a checkout outcome to its pledge exactly once. Core plans what to write from what is
 * read here; one DynamoDB transaction then records the event key under a condition that it is
 * new and moves the pledge under a condition on its state; for a payment it also writes the
 * payment, adds the gift to one shard of the campaign's totals and queues the receipt email,
 * which takes the receipt number when it is issued. Nothing on this path is shared by all of an
 * organisation's or a campaign's payments, so a campaign that goes viral does not make its
 * payments wait on each other. Duplicates, concurrent deliveries and any order of events end in
 * the same state.
 */
export async function applyCheckoutOutcome(
  db: Db,
  input: {
    eventKey: string;
    pledgeId: string;
    outcome: FulfilmentOutcome;
    state: CheckoutState;
    now: Date;
    /**
     * Connect: the organisation that owns the Stripe account the session is on. A pledge of
     * any other organisation is not this account's to move, whatever the session's metadata says.
     */
    accountOrgSlug?: string;
  },
): Promise<FulfilmentEffect> {
  for (let attempt = 1; ; attempt++) {
    const pledge = await findPledge(db, input.pledgeId);
    // A session another system made on the same Stripe account: nothing of ours to change.
    if (!pledge) return 'unknown_pledge';
    if (input.accountOrgSlug !== undefined && pledge.orgSlug !== input.accountOrgSlug) {
      return 'unknown_pledge';
    }
    const { outcome, state, now } = input;
    const plan = planFulfilment({ outcome, pledge, state, now });
    if (plan.write === 'nothing') return plan.effect;
    if (plan.write === 'event') return recordEventOnly(db, input.eventKey, now);
    const known = plan.supporter ? await campaignSupporterExists(db, plan.supporter) : false;
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: transactItems(db, input.eventKey, plan, now, known),
        }),
      );
      return plan.effect;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
      // Another delivery moved the pledge first, or DynamoDB saw a conflicting transaction (on
      // the same totals shard): read again and retry; the conditions keep it exactly-once.
      if (attempt >= MAX_ATTEMPTS) {
        throw new TemporarilyUnavailableError('fulfilment contended', { cause: error });
      }
      // Full jitter on a doubling ceiling, so contenders for one counter spread out.
      await sleep(Math.random() * Math.min(800, 20 * 2 ** attempt));
    }
  }
}

export async function recordEventOnly(
  db: Db,
  eventKey: string,
  now: Date,
): Promise<FulfilmentEffect> {
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
  knownSupporter: boolean,
): TransactItem[] {
  const supporter = plan.payment && plan.supporter;
  return [
    eventPut(db, eventKey, now),
    pledgeUpdate(db, plan.move, donorIndexOf(plan.payment?.payment)),
    ...(plan.payment ? paymentItems(db, plan.payment, supporter || undefined, knownSupporter) : []),
    ...(supporter ? supporterItems(db, supporter, knownSupporter) : []),
    ...(plan.ledger ? [ledgerEntryPut(db, plan.ledger)] : []),
  ];
}

export function eventPut(db: Db, eventKey: string, now: Date) {
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
  move: PledgeMove,
  donor: { gsi1pk: string; gsi1sk: string } | undefined,
): TransactItem {
  const from = Object.fromEntries(move.from.map((status, i) => [`:from${i}`, status]));
  const set = [
    '#status = :to',
    'updatedAt = :now',
    ...(donor ? ['gsi1pk = :donorPk', 'gsi1sk = :donorSk'] : []),
  ];
  return {
    Update: {
      TableName: db.tableName,
      Key: keys.pledge(move.pledgeId),
      // A settled pledge leaves the index of pledges still waiting for Stripe.
      UpdateExpression: `SET ${set.join(', ')}${move.leavesOpenIndex ? ' REMOVE gsi2pk, gsi2sk' : ''}`,
      ConditionExpression: `#status IN (${Object.keys(from).join(', ')})`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':to': move.to,
        ':now': move.at,
        ...from,
        ...(donor ? { ':donorPk': donor.gsi1pk, ':donorSk': donor.gsi1sk } : {}),
      },
    },
  };
}

/**
 * A payment's items: the payment, its gift on one totals shard, its receipt email. With the
 * person behind it (`supporter`), the payment names them and the campaign counts them only when
 * they are new to it (`knownSupporter` false).
 */
export function paymentItems(
  db: Db,
  writes: PaymentWrites,
  supporter?: SupporterWrites,
  knownSupporter = false,
): TransactItem[] {
  const { payment, campaignTotal, email } = writes;
  const supporterKey = supporterKeyOf(supporter);
  return [
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.payment(payment.pledgeId, payment.invoiceId),
          ...keys.paymentsByDate(payment.orgSlug, payment.paidAt, payment.pledgeId),
          ...keys.campaignPaymentsByDate(
            payment.orgSlug,
            payment.campaignSlug,
            payment.paidAt,
            payment.pledgeId,
          ),
          type: 'payment',
          ...payment,
          ...(supporterKey ? { supporterKey } : {}),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName: db.tableName,
        // Any shard will do: the page sums them. Picked afresh on each attempt, so two gifts
        // that met on one shard are unlikely to meet again.
        Key: keys.campaignTotals(
          campaignTotal.orgSlug,
          campaignTotal.campaignSlug,
          randomTotalsShard(),
        ),
        // ADD creates the shard, and the currency's total in it, the first time a gift arrives.
        UpdateExpression: 'ADD #raised :gift, supporters :one SET #type = :type',
        ExpressionAttributeNames: {
          '#raised': raisedAttribute(campaignTotal.currency),
          '#type': 'type',
        },
        ExpressionAttributeValues: {
          ':gift': campaignTotal.amount,
          // A person counts once per campaign: a later gift of theirs adds nothing.
          ':one': knownSupporter ? 0 : campaignTotal.supporters,
          ':type': 'campaign_totals',
        },
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
          ...(email.invoiceId ? { invoiceId: email.invoiceId } : {}),
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
