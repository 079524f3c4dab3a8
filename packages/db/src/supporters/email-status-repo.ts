import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../client';
import { emailKey } from '../email-key';
import { supporterKeys } from '../keys';
import type { TransactItem } from '../staff/transact';
import { findSentUpdateEmail, type SentUpdateEmail } from '../updates/sent-update-email';

const EVENT_RETENTION_DAYS = 30;

export type EmailTrouble = {
  /** The webhook's own id (`svix-id`): a redelivery of it changes nothing. */
  eventId: string;
  kind: 'bounced' | 'complained';
  addresses: readonly string[];
  /** Resend's id of the email concerned: an update's email leads back to its update and person. */
  emailId?: string;
  at: Date;
};

/**
 * Marks each address as bouncing or complaining, for every organisation (a mailbox that bounces
 * does so for all): no update is sent to it again. When the email was an update's, found by
 * Resend's email id (one GetItem, `recordUpdateBatchOutcome` wrote the pointer), it is counted on
 * that update once per person: the person's send marker takes the date under a condition that it
 * has none. One transaction with the event's key, so a repeated delivery neither counts nor writes
 * twice. Receipts are not stopped: they are transactional. Answers false for an event seen before.
 */
export async function recordEmailTrouble(db: Db, trouble: EmailTrouble): Promise<boolean> {
  const sent = trouble.emailId ? await findSentUpdateEmail(db, trouble.emailId) : undefined;
  return writeEmailTrouble(db, trouble, sent);
}

async function writeEmailTrouble(
  db: Db,
  trouble: EmailTrouble,
  sent: SentUpdateEmail | undefined,
): Promise<boolean> {
  const at = trouble.at.toISOString();
  const attribute = trouble.kind === 'bounced' ? 'bouncedAt' : 'complainedAt';
  const items: TransactItem[] = [
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...supporterKeys.resendEvent(trouble.eventId),
          type: 'resend_event',
          kind: trouble.kind,
          expiresAt: Math.floor(trouble.at.getTime() / 1000) + EVENT_RETENTION_DAYS * 86_400,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    ...[...new Set(trouble.addresses.map(emailKey))].slice(0, 50).map(
      (person): TransactItem => ({
        Update: {
          TableName: db.tableName,
          Key: supporterKeys.emailStatus(person),
          UpdateExpression: `SET #type = :type, #at = if_not_exists(#at, :at)`,
          ExpressionAttributeNames: { '#type': 'type', '#at': attribute },
          ExpressionAttributeValues: { ':type': 'email_status', ':at': at },
        },
      }),
    ),
  ];
  // A complaint is the strongest unsubscribe: the fundraiser sees it with those.
  const counted = trouble.kind === 'bounced' ? 'bounced' : 'unsubscribed';
  const traced: TransactItem[] = sent
    ? [
        {
          Update: {
            TableName: db.tableName,
            Key: supporterKeys.updateSend(sent.updateId, sent.person),
            UpdateExpression: 'SET #at = :at',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#at)',
            ExpressionAttributeNames: { '#at': attribute },
            ExpressionAttributeValues: { ':at': at },
          },
        },
        {
          Update: {
            TableName: db.tableName,
            Key: supporterKeys.update(sent.orgSlug, sent.campaignSlug, sent.updateId),
            UpdateExpression: 'ADD #count :one',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#count': counted },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ]
    : [];
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: [...items, ...traced] }));
    return true;
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    if (reasons[0]?.Code === 'ConditionalCheckFailed') return false;
    // Counted already for this person (a second event about the same email), or the update is
    // gone: mark the addresses all the same.
    if (sent && reasons.slice(items.length).some((r) => r.Code === 'ConditionalCheckFailed')) {
      return writeEmailTrouble(db, trouble, undefined);
    }
    throw error;
  }
}

/** Whether an address bounced or complained: what the update sender reads per batch. */
export async function findEmailStatus(db: Db, email: string) {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: supporterKeys.emailStatus(emailKey(email)) }),
  );
  return Item
    ? {
        bouncedAt: typeof Item.bouncedAt === 'string' ? Item.bouncedAt : undefined,
        complainedAt: typeof Item.complainedAt === 'string' ? Item.complainedAt : undefined,
      }
    : undefined;
}
