import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '@haven/db';
import type { Mailer } from '@haven/mail';
import * as z from 'zod';

/**
 * The development outbox: with no RESEND_API_KEY, emails are kept in the local table instead of
 * sent, and a page lists them. Like Resend, a repeated idempotency key stores nothing new.
 */
export const DevEmail = z.object({
  id: z.string(),
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
  sentAt: z.iso.datetime(),
});
export type DevEmail = z.infer<typeof DevEmail>;

const key = (id: string) => ({ pk: `DEVMAIL#${id}`, sk: '#MAIL' });

export function createDevMailbox(db: Db, now: () => Date = () => new Date()): Mailer {
  return {
    async send(email) {
      const id = email.idempotencyKey;
      const sentAt = now().toISOString();
      try {
        await db.doc.send(
          new PutCommand({
            TableName: db.tableName,
            Item: {
              ...key(id),
              gsi1pk: 'DEVMAIL',
              gsi1sk: `${sentAt}#${id}`,
              type: 'dev_email',
              id,
              to: email.to,
              from: email.from,
              subject: email.subject,
              html: email.html,
              text: email.text,
              sentAt,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException'))
          throw error;
      }
      return { id };
    },
  };
}

export async function listDevEmails(db: Db): Promise<DevEmail[]> {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :mail',
      ExpressionAttributeValues: { ':mail': 'DEVMAIL' },
      ScanIndexForward: false,
      Limit: 200,
    }),
  );
  return Items.map((item) => DevEmail.parse(item));
}

export async function findDevEmail(db: Db, id: string): Promise<DevEmail | undefined> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: key(id) }));
  return Item ? DevEmail.parse(Item) : undefined;
}
