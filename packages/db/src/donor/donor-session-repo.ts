import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, DONOR_SESSION_IDLE_MS, donorSessionExpiresAt, Locale } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { isConditionFailed } from '../conditional';
import { keys } from '../keys';
import { transact } from '../staff/transact';
import { findLiveDonorLink } from './donor-link-repo';

/** A donor's session: who (their emailKey alone), in which language, and its forms' token. */
export const DonorSession = z.object({
  emailKey: z.string(),
  locale: Locale,
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  csrfToken: z.string(),
});
export type DonorSession = z.infer<typeof DonorSession>;

/**
 * Uses a link up and opens a session in one transaction: the link's delete is conditional on it
 * still being there, so two redemptions of one link open one session.
 */
export async function redeemDonorLink(
  db: Db,
  tokenHash: string,
  session: { idHash: string; csrfToken: string },
  now: Date,
): Promise<DonorSession | undefined> {
  const link = await findLiveDonorLink(db, tokenHash, now);
  if (!link) return undefined;
  const at = now.toISOString();
  const created = DonorSession.parse({
    emailKey: link.emailKey,
    locale: link.locale,
    createdAt: at,
    lastSeenAt: at,
    csrfToken: session.csrfToken,
  });
  try {
    await transact(
      db,
      [
        {
          Delete: {
            TableName: db.tableName,
            Key: keys.donorLink(tokenHash),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...keys.donorSession(session.idHash),
              type: 'donor_session',
              ...created,
              expiresAt: donorSessionExpiresAt(at),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
      'link already used',
    );
  } catch (error) {
    if (error instanceof ConflictError) return undefined;
    throw error;
  }
  return created;
}

export async function findDonorSession(db: Db, idHash: string): Promise<DonorSession | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.donorSession(idHash),
      ConsistentRead: true,
    }),
  );
  return Item ? DonorSession.parse(Item) : undefined;
}

/** Records activity for the idle limit, at most once a minute (a write per page is waste). */
export async function touchDonorSession(
  db: Db,
  idHash: string,
  session: DonorSession,
  now: Date,
): Promise<void> {
  if (now.getTime() - Date.parse(session.lastSeenAt) < Math.min(60_000, DONOR_SESSION_IDLE_MS)) {
    return;
  }
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.donorSession(idHash),
        UpdateExpression: 'SET lastSeenAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      }),
    );
  } catch (error) {
    // Signed out by another request meanwhile: nothing left to touch.
    if (!isConditionFailed(error)) throw error;
  }
}

export async function deleteDonorSession(db: Db, idHash: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: keys.donorSession(idHash) }));
}
