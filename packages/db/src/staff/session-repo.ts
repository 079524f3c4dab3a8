import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, SESSION_IDLE_MS, type StaffScope, sessionExpiresAt } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { isConditionFailed } from '../conditional';
import { keys } from '../keys';
import { findLiveStaffLink } from './staff-link-repo';
import { transact } from './transact';

export const StaffSession = z.object({
  orgSlug: z.string(),
  memberId: z.string(),
  /** The member's generation when signed in; "sign out everywhere" moves it on. */
  generation: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  /** Sent in every form; the session's own, so a token from another session is refused. */
  csrfToken: z.string(),
  /** True once the member proved a passkey in this session. */
  passkeyVerified: z.boolean(),
  /** An open WebAuthn challenge for this session, if any. */
  challenge: z.string().optional(),
});
export type StaffSession = z.infer<typeof StaffSession>;

/**
 * Uses a link up and opens a session in one transaction: the link's delete is conditional on
 * it still being there, so two redemptions of one link open one session. The member must
 * still exist (a removed invitee's link opens nothing) and becomes active.
 */
export async function redeemStaffLink(
  db: Db,
  tokenHash: string,
  session: { idHash: string; csrfToken: string },
  now: Date,
): Promise<StaffSession | undefined> {
  const link = await findLiveStaffLink(db, tokenHash, now);
  if (!link) return undefined;
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.member(link.orgSlug, link.memberId),
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  const generation = z.number().int().parse(Item.generation);
  const at = now.toISOString();
  const created = StaffSession.parse({
    orgSlug: link.orgSlug,
    memberId: link.memberId,
    generation,
    createdAt: at,
    lastSeenAt: at,
    csrfToken: session.csrfToken,
    passkeyVerified: false,
  });
  try {
    await transact(
      db,
      [
        {
          Delete: {
            TableName: db.tableName,
            Key: keys.staffLink(tokenHash),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        {
          Update: {
            TableName: db.tableName,
            Key: keys.member(link.orgSlug, link.memberId),
            UpdateExpression: 'SET #status = :active',
            ConditionExpression: 'attribute_exists(pk) AND generation = :generation',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':active': 'active', ':generation': generation },
          },
        },
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...keys.session(session.idHash),
              type: 'session',
              ...created,
              expiresAt: sessionExpiresAt(at),
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

export async function findStaffSession(db: Db, idHash: string): Promise<StaffSession | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.session(idHash), ConsistentRead: true }),
  );
  return Item ? StaffSession.parse(Item) : undefined;
}

/**
 * Records activity for the idle limit. Only once a minute at most: a write per page view would
 * double the cost of every staff request for a precision nobody needs.
 */
export async function touchStaffSession(
  db: Db,
  idHash: string,
  session: StaffSession,
  now: Date,
): Promise<void> {
  if (now.getTime() - Date.parse(session.lastSeenAt) < Math.min(60_000, SESSION_IDLE_MS)) return;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.session(idHash),
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

export async function setSessionFields(
  db: Db,
  idHash: string,
  fields: { passkeyVerified?: boolean; challenge?: string | null },
): Promise<void> {
  const set: string[] = [];
  const remove: string[] = [];
  const values: Record<string, unknown> = {};
  if (fields.passkeyVerified !== undefined) {
    set.push('passkeyVerified = :verified');
    values[':verified'] = fields.passkeyVerified;
  }
  if (fields.challenge === null) remove.push('challenge');
  else if (fields.challenge !== undefined) {
    set.push('challenge = :challenge');
    values[':challenge'] = fields.challenge;
  }
  const expression = [
    set.length ? `SET ${set.join(', ')}` : '',
    remove.length ? `REMOVE ${remove.join(', ')}` : '',
  ].join(' ');
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.session(idHash),
      UpdateExpression: expression.trim(),
      ConditionExpression: 'attribute_exists(pk)',
      ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
    }),
  );
}

/** Signs this session out: gone at once, whatever the cookie still says. */
export async function deleteStaffSession(db: Db, idHash: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: keys.session(idHash) }));
}

/**
 * Signs the member out everywhere: every session carries the generation it was opened in and
 * is checked against the member's on each request, so one write ends them all.
 */
export async function endAllStaffSessions(db: Db, scope: StaffScope): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.member(scope.orgSlug, scope.memberId),
      UpdateExpression: 'ADD generation :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
    }),
  );
}
