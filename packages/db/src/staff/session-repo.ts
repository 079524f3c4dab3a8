import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { SESSION_IDLE_MS, type StaffScope, sessionExpiresAt } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { keys } from '../keys';
import { deleteSession, findSession, redeemLinkForSession, touchSession } from '../links/sessions';
import { findLiveStaffLink } from './staff-link-repo';

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
  const opened = await redeemLinkForSession(db, {
    linkKey: keys.staffLink(tokenHash),
    also: [
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
    ],
    session: {
      key: keys.session(session.idHash),
      type: 'session',
      item: created,
      expiresAt: sessionExpiresAt(at),
    },
  });
  return opened ? created : undefined;
}

export function findStaffSession(db: Db, idHash: string): Promise<StaffSession | undefined> {
  return findSession(db, keys.session(idHash), StaffSession);
}

/** Records activity for the idle limit (at most one write a minute). */
export function touchStaffSession(
  db: Db,
  idHash: string,
  session: StaffSession,
  now: Date,
): Promise<void> {
  return touchSession(db, keys.session(idHash), session, SESSION_IDLE_MS, now);
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
export function deleteStaffSession(db: Db, idHash: string): Promise<void> {
  return deleteSession(db, keys.session(idHash));
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
