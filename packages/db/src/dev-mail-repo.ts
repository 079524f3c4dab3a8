import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Db } from './client';
import { isConditionFailed } from './conditional';
import { emailKey } from './email-key';
import { keys, partitions } from './keys';
import { queryItems } from './query';

/** An email the local stack kept instead of sending (no RESEND_API_KEY), for its outbox page. */
export const DevEmail = z.object({
  id: z.string(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  sentAt: z.iso.datetime(),
  /** An update's List-Unsubscribe headers, so the one-click POST can be tried locally. */
  headers: z.record(z.string(), z.string()).optional(),
});
export type DevEmail = z.infer<typeof DevEmail>;

/** Keeps an email under its id; like Resend's idempotency key, a repeated id stores nothing new. */
export async function putDevEmail(db: Db, email: DevEmail): Promise<void> {
  const item = DevEmail.parse(email);
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...keys.devEmail(item.id),
          ...keys.devEmailsBySentAt(item.sentAt, item.id),
          type: 'dev_email',
          // Erasure finds a person's kept emails by this, never by the address itself.
          toKey: emailKey(item.to),
          ...item,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/** The latest 200 emails kept, newest first. */
export async function listDevEmails(db: Db): Promise<DevEmail[]> {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :mail',
      ExpressionAttributeValues: { ':mail': partitions.devEmails() },
      ScanIndexForward: false,
      Limit: 200,
    }),
  );
  return Items.map((item) => DevEmail.parse(item));
}

export async function findDevEmail(db: Db, id: string): Promise<DevEmail | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.devEmail(id) }),
  );
  return Item ? DevEmail.parse(Item) : undefined;
}

/**
 * Deletes every kept email to this person (erasure): copies of what was sent, not records the
 * law asks to keep. Only the local stack keeps any; in AWS the list is empty.
 */
export async function deleteDevEmailsTo(db: Db, toKey: string): Promise<number> {
  let deleted = 0;
  for await (const item of queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :mail',
    FilterExpression: 'toKey = :to',
    ExpressionAttributeValues: { ':mail': partitions.devEmails(), ':to': toKey },
  })) {
    const id = DevEmail.shape.id.parse(item.id);
    await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: keys.devEmail(id) }));
    deleted++;
  }
  return deleted;
}
