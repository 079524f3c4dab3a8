import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  bookPayment,
  type InstalmentPlan,
  type InvoiceState,
  planInstalment,
  planSupporter,
  TemporarilyUnavailableError,
} from '@haven/core';
import type { Db } from './client';
import { donorIndexOf } from './donor/donor-index';
import { eventPut, paymentItems, recordEventOnly } from './fulfilment';
import { keys } from './keys';
import { ledgerEntryPut } from './ledger-repo';
import { findPledge } from './pledge-repo';
import type { TransactItem } from './staff/transact';
import { campaignSupporterExists, supporterItems } from './supporters';

const MAX_ATTEMPTS = 10;

export type InstalmentEffect =
  | Exclude<InstalmentPlan['effect'], 'applied'>
  | 'applied'
  | 'duplicate'
  | 'unknown_pledge';

/**
 * Records a paid invoice as one payment of its pledge, exactly once. One transaction writes the
 * event key (new), the pledge's move (conditional on the status read), and the payment writes
 * shared with one-time gifts (the payment keyed by the invoice, new; the campaign's totals; the
 * receipt). A failed condition on the payment means the invoice is recorded already — by another
 * event about it, or another delivery — and only the event key is kept.
 */
export async function applyInvoicePaid(
  db: Db,
  input: { eventKey: string; invoice: InvoiceState; now: Date },
): Promise<InstalmentEffect> {
  const pledgeId = input.invoice.pledgeId;
  if (!pledgeId) return 'unknown_pledge';
  for (let attempt = 1; ; attempt++) {
    const pledge = await findPledge(db, pledgeId);
    if (!pledge) return 'unknown_pledge';
    const plan = planInstalment({ pledge, invoice: input.invoice, now: input.now });
    if (plan.write === 'nothing') return plan.effect;
    // As a one-time gift's payment: the person behind it (counted once per campaign) and its
    // journal entry, in the same transaction. The payment stays item 2 (see the catch below).
    const supporter = planSupporter(pledge, plan.payment.payment, input.now);
    const known = supporter ? await campaignSupporterExists(db, supporter) : false;
    const items: TransactItem[] = [
      eventPut(db, input.eventKey, input.now),
      pledgeMove(db, plan.pledge, donorIndexOf(plan.payment.payment)),
      ...paymentItems(db, plan.payment, supporter, known),
      ...(supporter ? supporterItems(db, supporter, known) : []),
      ledgerEntryPut(db, bookPayment(plan.payment.payment)),
    ];
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return 'applied';
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
      if (reasons[2]?.Code === 'ConditionalCheckFailed') {
        // The invoice was recorded by another event or delivery: this one only leaves its key.
        await eventOnly(db, input.eventKey, input.now);
        return 'duplicate';
      }
      // The pledge moved meanwhile (another instalment, the checkout event): read and plan again.
      if (attempt >= MAX_ATTEMPTS) {
        throw new TemporarilyUnavailableError('instalment contended', { cause: error });
      }
      await sleep(Math.random() * Math.min(800, 20 * 2 ** attempt));
    }
  }
}

function pledgeMove(
  db: Db,
  move: Extract<InstalmentPlan, { write: 'transaction' }>['pledge'],
  donor: { gsi1pk: string; gsi1sk: string } | undefined,
) {
  const set = [
    '#status = :paid',
    'updatedAt = :now',
    'subscriptionId = if_not_exists(subscriptionId, :subscription)',
    'monthlyStatus = if_not_exists(monthlyStatus, :active)',
    // The donor's list, by the first instalment: later ones leave the entry where it is.
    ...(donor
      ? ['gsi1pk = if_not_exists(gsi1pk, :donorPk)', 'gsi1sk = if_not_exists(gsi1sk, :donorSk)']
      : []),
  ].join(', ');
  return {
    Update: {
      TableName: db.tableName,
      Key: keys.pledge(move.pledgeId),
      UpdateExpression: move.leavesOpenIndex ? `SET ${set} REMOVE gsi2pk, gsi2sk` : `SET ${set}`,
      ConditionExpression: '#status = :from',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':paid': 'paid',
        ':from': move.from,
        ':now': move.at,
        ':subscription': move.subscriptionId,
        ':active': 'active',
        ...(donor ? { ':donorPk': donor.gsi1pk, ':donorSk': donor.gsi1sk } : {}),
      },
    },
  } satisfies TransactItem;
}

/**
 * An instalment the card did not pay: queues one email to the donor per invoice (its outbox id is
 * the invoice's), with the event key, in one transaction. An invoice paid by the time we read it
 * needs no email.
 */
export async function applyInvoiceFailed(
  db: Db,
  input: { eventKey: string; invoice: InvoiceState; now: Date },
): Promise<'applied' | 'duplicate' | 'no_change' | 'unknown_pledge'> {
  const { invoice, now } = input;
  const pledge = invoice.pledgeId ? await findPledge(db, invoice.pledgeId) : undefined;
  if (!pledge) return 'unknown_pledge';
  if (invoice.status !== 'open') return eventOnly(db, input.eventKey, now);
  const outboxId = cardFailedOutboxId(invoice.invoiceId);
  const dueAt = now.toISOString();
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          eventPut(db, input.eventKey, now),
          {
            Put: {
              TableName: db.tableName,
              Item: {
                ...keys.outbox(outboxId),
                ...keys.outboxDue('pending', dueAt, outboxId),
                type: 'outbox',
                id: outboxId,
                kind: 'card-failed',
                pledgeId: pledge.id,
                invoiceId: invoice.invoiceId,
                ...(invoice.hostedInvoiceUrl ? { fixUrl: invoice.hostedInvoiceUrl } : {}),
                status: 'pending',
                attempts: 0,
                dueAt,
                createdAt: dueAt,
              },
              // Once per invoice, whichever event or delivery asks.
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    return 'applied';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
    // The email is queued already (another event about this invoice): only the key is left.
    await eventOnly(db, input.eventKey, now);
    return 'duplicate';
  }
}

/** Only the event key, so a repeat of the event is known as one. */
async function eventOnly(db: Db, eventKey: string, now: Date): Promise<'no_change' | 'duplicate'> {
  return (await recordEventOnly(db, eventKey, now)) === 'duplicate' ? 'duplicate' : 'no_change';
}

export const cardFailedOutboxId = (invoiceId: string) => `card_failed_${invoiceId}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
