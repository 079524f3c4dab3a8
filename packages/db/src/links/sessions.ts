import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '@haven/core';
import type * as z from 'zod';
import type { Db } from '../client';
import { isConditionFailed } from '../conditional';
import { type TransactItem, transact } from '../staff/transact';

/**
 * Sessions opened by redeeming an emailed link, shared by staff and donors (each under its own
 * keys, so a donor's session can never be read as a staff one). The cookie holds the session id;
 * the table only its hash.
 */
type Key = { pk: string; sk: string };

/**
 * Uses a link up and opens a session in one transaction: the link's delete is conditional on
 * it still being there, so two redemptions of one link open one session. `also`: the caller's
 * own conditions (a staff member must still exist). False when the link was already used.
 */
export async function redeemLinkForSession(
  db: Db,
  redeem: {
    linkKey: Key;
    also?: TransactItem[];
    session: { key: Key; type: string; item: Record<string, unknown>; expiresAt: number };
  },
): Promise<boolean> {
  const { session } = redeem;
  try {
    await transact(
      db,
      [
        {
          Delete: {
            TableName: db.tableName,
            Key: redeem.linkKey,
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        ...(redeem.also ?? []),
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...session.key,
              type: session.type,
              ...session.item,
              expiresAt: session.expiresAt,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
      'link already used',
    );
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

export async function findSession<T>(
  db: Db,
  key: Key,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }),
  );
  return Item ? schema.parse(Item) : undefined;
}

/**
 * Records activity for the idle limit, at most once a minute: a write per page view would
 * double the cost of every signed-in request for a precision nobody needs.
 */
export async function touchSession(
  db: Db,
  key: Key,
  session: { lastSeenAt: string },
  idleMs: number,
  now: Date,
): Promise<void> {
  if (now.getTime() - Date.parse(session.lastSeenAt) < Math.min(60_000, idleMs)) return;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: key,
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

/** Signs this session out: gone at once, whatever the cookie still says. */
export async function deleteSession(db: Db, key: Key): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: key }));
}
