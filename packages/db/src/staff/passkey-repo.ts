import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StaffScope } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { keys } from '../keys';
import { queryItems } from '../query';

/** A member's WebAuthn credential: its id and public key (base64url), never a secret. */
export const Passkey = z.object({
  credentialId: z.string().min(1),
  publicKey: z.string().min(1),
  counter: z.number().int().nonnegative(),
  transports: z.array(z.string()).optional(),
  createdAt: z.iso.datetime(),
});
export type Passkey = z.infer<typeof Passkey>;

export async function addPasskey(db: Db, scope: StaffScope, passkey: Passkey): Promise<void> {
  const item = Passkey.parse(passkey);
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.passkey(scope.orgSlug, scope.memberId, item.credentialId),
        type: 'passkey',
        ...item,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** The signed-in member's own passkeys (the scope's member, never another's). */
export async function listPasskeys(db: Db, scope: StaffScope): Promise<Passkey[]> {
  const { pk, skPrefix } = keys.passkeys(scope.orgSlug, scope.memberId);
  const passkeys: Passkey[] = [];
  const rows = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
    ConsistentRead: true,
  });
  for await (const row of rows) passkeys.push(Passkey.parse(row));
  return passkeys;
}

/** A cloned authenticator replays an old counter: only a higher one is recorded. */
export async function recordPasskeyUse(
  db: Db,
  scope: StaffScope,
  credentialId: string,
  counter: number,
): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.passkey(scope.orgSlug, scope.memberId, credentialId),
      UpdateExpression: 'SET #counter = :counter',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#counter': 'counter' },
      ExpressionAttributeValues: { ':counter': counter },
    }),
  );
}
