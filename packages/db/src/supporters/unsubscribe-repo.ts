import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { UnsubscribeSubject } from '@haven/core';
import type { Db } from '../client';
import { supporterKeys } from '../keys';

/**
 * Takes the person off the campaign's subscriber list (so no batch picks them again) and counts
 * it on the update whose link they used, once: a mail client may POST the same link twice.
 * Answers whether this request changed anything.
 */
export async function unsubscribeFromCampaign(
  db: Db,
  subject: UnsubscribeSubject,
  now: Date,
): Promise<boolean> {
  return toggle(
    db,
    subject,
    {
      UpdateExpression: 'SET unsubscribedAt = :now REMOVE gsi1pk, gsi1sk',
      ConditionExpression: 'attribute_exists(gsi1pk)',
      ExpressionAttributeValues: { ':now': now.toISOString() },
    },
    1,
  );
}

/** Undoes an unsubscribe: back on the list, with the consent they gave before. */
export async function resubscribeToCampaign(db: Db, subject: UnsubscribeSubject): Promise<boolean> {
  const listed = supporterKeys.subscriber(subject.orgSlug, subject.campaignSlug, subject.person);
  return toggle(
    db,
    subject,
    {
      UpdateExpression: 'SET gsi1pk = :gsi1pk, gsi1sk = :gsi1sk REMOVE unsubscribedAt',
      ConditionExpression: 'attribute_exists(consent) AND attribute_exists(unsubscribedAt)',
      ExpressionAttributeValues: { ':gsi1pk': listed.gsi1pk, ':gsi1sk': listed.gsi1sk },
    },
    -1,
  );
}

async function toggle(
  db: Db,
  subject: UnsubscribeSubject,
  mark: {
    UpdateExpression: string;
    ConditionExpression: string;
    ExpressionAttributeValues: Record<string, unknown>;
  },
  delta: 1 | -1,
): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.tableName,
              Key: supporterKeys.campaignSupporter(
                subject.orgSlug,
                subject.person,
                subject.campaignSlug,
              ),
              ...mark,
            },
          },
          {
            Update: {
              TableName: db.tableName,
              Key: supporterKeys.update(subject.orgSlug, subject.campaignSlug, subject.updateId),
              UpdateExpression: 'ADD unsubscribed :delta',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':delta': delta },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    // Already in the asked state (or the update is gone): nothing to change, and not an error.
    if (error instanceof TransactionCanceledException) return false;
    throw error;
  }
}
