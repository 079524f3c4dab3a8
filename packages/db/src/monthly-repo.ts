import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SubscriptionState } from '@haven/core';
import type { Db } from './client';
import { conditionalWrite } from './conditional';
import { eventPut } from './fulfilment';
import { keys } from './keys';
import type { TransactItem } from './staff/transact';

/**
 * The pledge's copy of its subscription: which one, whose, where it stands and the amounts of the
 * next instalment. Always written from the processor's current state (never an event's
 * snapshot), so events in any order leave the copy true. The money moves only with invoices.
 */
function monthlyUpdate(db: Db, pledgeId: string, state: SubscriptionState, now: Date) {
  return {
    TableName: db.tableName,
    Key: keys.pledge(pledgeId),
    UpdateExpression:
      'SET subscriptionId = :subscription, customerId = :customer, monthlyStatus = :status, gift = :gift, feeCover = :feeCover, updatedAt = :now',
    // Only a monthly pledge, and only with the subscription it already has (or none yet).
    ConditionExpression:
      'attribute_exists(pk) AND frequency = :monthly AND (attribute_not_exists(subscriptionId) OR subscriptionId = :subscription)',
    ExpressionAttributeValues: {
      ':subscription': state.subscriptionId,
      ':customer': state.customerId,
      ':status': state.status,
      ':gift': state.parts.gift,
      ':feeCover': state.parts.feeCover,
      ':now': now.toISOString(),
      ':monthly': 'monthly',
    },
  };
}

/** A subscription event applied once: its key and the pledge's copy in one transaction. */
export async function syncMonthlyPledge(
  db: Db,
  input: { eventKey: string; pledgeId: string; state: SubscriptionState; now: Date },
): Promise<'applied' | 'duplicate' | 'unknown_pledge'> {
  const items: TransactItem[] = [
    eventPut(db, input.eventKey, input.now),
    { Update: monthlyUpdate(db, input.pledgeId, input.state, input.now) },
  ];
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return 'applied';
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'duplicate';
    if (reasons[1]?.Code === 'ConditionalCheckFailed') return 'unknown_pledge';
    throw error;
  }
}

/** After the donor changed their gift through us: the pledge's copy of what Stripe now holds. */
export async function saveMonthlyPledge(
  db: Db,
  pledgeId: string,
  state: SubscriptionState,
  now: Date,
): Promise<void> {
  await conditionalWrite(
    () => db.doc.send(new UpdateCommand(monthlyUpdate(db, pledgeId, state, now))),
    `pledge ${pledgeId} is not the monthly gift of ${state.subscriptionId}`,
  );
}
