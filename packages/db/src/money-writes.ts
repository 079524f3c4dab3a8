import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MoneyPlan } from '@haven/core';
import { raisedAttribute, randomTotalsShard } from './campaign-totals';
import type { Db } from './client';
import { keys } from './keys';
import { ledgerEntryPut } from './ledger-repo';

/**
 * Writes a refund's or dispute's plan in one transaction: its entry under a condition that the
 * Stripe object is new (the exactly-once guard, whichever of the webhook or the staff refund
 * gets here first), the payment's running figures under a condition that they are still the
 * ones planned from, one shard of the campaign's totals, and the donor's email.
 * `stale` means the payment moved meanwhile: read it again and plan again.
 */
export async function applyMoneyPlan(
  db: Db,
  plan: MoneyPlan,
): Promise<'booked' | 'already_booked' | 'stale'> {
  const { entry, payment, totals, email } = plan;
  const items = [
    ledgerEntryPut(db, entry),
    {
      Update: {
        TableName: db.tableName,
        Key: keys.payment(payment.pledgeId),
        UpdateExpression: payment.disputeStatus
          ? 'SET refunded = :refunded, disputed = :disputed, disputeStatus = :status'
          : 'SET refunded = :refunded, disputed = :disputed',
        ConditionExpression:
          'attribute_exists(pk) AND refunded = :refundedBefore AND (disputed = :disputedBefore OR (attribute_not_exists(disputed) AND :disputedBefore = :zero))',
        ExpressionAttributeValues: {
          ':refunded': payment.refunded,
          ':disputed': payment.disputed,
          ':refundedBefore': payment.refundedBefore,
          ':disputedBefore': payment.disputedBefore,
          ':zero': 0,
          ...(payment.disputeStatus ? { ':status': payment.disputeStatus } : {}),
        },
      },
    },
    {
      Update: {
        TableName: db.tableName,
        Key: keys.campaignTotals(totals.orgSlug, totals.campaignSlug, randomTotalsShard()),
        // Negative deltas on any shard: the page sums them, so the total is right wherever it lands.
        UpdateExpression: 'ADD #raised :amount, supporters :supporters SET #type = :type',
        ExpressionAttributeNames: { '#raised': raisedAttribute(totals.currency), '#type': 'type' },
        ExpressionAttributeValues: {
          ':amount': totals.amount,
          ':supporters': totals.supporters,
          ':type': 'campaign_totals',
        },
      },
    },
    ...(email
      ? [
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
                refundId: email.refundId,
                amount: email.amount,
                status: 'pending',
                attempts: 0,
                dueAt: email.dueAt,
                createdAt: email.dueAt,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ]
      : []),
  ];
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return 'booked';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'already_booked';
    // The payment moved (another refund or dispute booked first) or a concurrent transaction
    // touched the same shard: plan again from what is stored now.
    return 'stale';
  }
}

/** A dispute the bank decided against the organisation: nothing moves, the payment says so. */
export async function markDisputeLost(db: Db, pledgeId: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.payment(pledgeId),
      UpdateExpression: 'SET disputeStatus = :lost',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':lost': 'lost' },
    }),
  );
}
