import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { EmailOptOut } from '@haven/core';
import type { Db } from '../client';
import { keys } from '../keys';
import { queryItems } from '../query';

export async function findEmailOptOut(
  db: Db,
  emailKey: string,
  orgSlug: string,
): Promise<EmailOptOut | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.emailOptOut(emailKey, orgSlug) }),
  );
  return Item ? EmailOptOut.parse(Item) : undefined;
}

export async function listEmailOptOuts(db: Db, emailKey: string): Promise<EmailOptOut[]> {
  const { pk, skPrefix } = keys.emailOptOuts(emailKey);
  const optOuts: EmailOptOut[] = [];
  for await (const item of queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
  })) {
    optOuts.push(EmailOptOut.parse(item));
  }
  return optOuts;
}

/** Saves one organisation's choice; opting back in to everything removes the item. */
export async function saveEmailOptOut(db: Db, emailKey: string, optOut: EmailOptOut) {
  const key = keys.emailOptOut(emailKey, optOut.orgSlug);
  if (!optOut.wholeOrganisation && optOut.campaigns.length === 0) {
    await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: key }));
    return;
  }
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...key, type: 'email_opt_out', ...EmailOptOut.parse(optOut) },
    }),
  );
}
