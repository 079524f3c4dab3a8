import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { Db } from '../client';
import { supporterKeys } from '../keys';

/** Which update, to whom: what Resend's email id leads back to. */
export const SentUpdateEmail = z.object({
  orgSlug: z.string(),
  campaignSlug: z.string(),
  updateId: z.string(),
  person: z.string(),
});
export type SentUpdateEmail = z.infer<typeof SentUpdateEmail>;

export async function findSentUpdateEmail(
  db: Db,
  emailId: string,
): Promise<SentUpdateEmail | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: supporterKeys.resendEmail(emailId) }),
  );
  return Item ? SentUpdateEmail.parse(Item) : undefined;
}
