import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Db } from '../client';
import { keys } from '../keys';
import { type TransactItem, transact } from './transact';

/** A link about to be emailed: its record keeps the token's hash, the outbox item the token. */
export type NewLink = {
  token: string;
  tokenHash: string;
  orgSlug: string;
  memberId: string;
  purpose: 'sign-in' | 'invite';
  expiresAt: Date;
  outboxId: string;
  dueAt: Date;
};

export const StaffLink = z.object({
  orgSlug: z.string(),
  memberId: z.string(),
  purpose: z.enum(['sign-in', 'invite']),
  linkExpiresAt: z.iso.datetime(),
});
export type StaffLink = z.infer<typeof StaffLink>;

const epochSeconds = (date: Date) => Math.ceil(date.getTime() / 1000);

/** The link's record and its email, for the caller's transaction. */
export function linkPuts(db: Db, link: NewLink, invitedBy?: string): TransactItem[] {
  const dueAt = link.dueAt.toISOString();
  return [
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.staffLink(link.tokenHash),
          type: 'staff_link',
          orgSlug: link.orgSlug,
          memberId: link.memberId,
          purpose: link.purpose,
          linkExpiresAt: link.expiresAt.toISOString(),
          expiresAt: epochSeconds(link.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.outbox(link.outboxId),
          ...keys.outboxDue('pending', dueAt, link.outboxId),
          type: 'outbox',
          id: link.outboxId,
          kind: 'staff-link',
          purpose: link.purpose,
          orgSlug: link.orgSlug,
          memberId: link.memberId,
          linkToken: link.token,
          ...(invitedBy ? { invitedBy } : {}),
          status: 'pending',
          attempts: 0,
          dueAt,
          createdAt: dueAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ];
}

/** At most this many link requests per address in a quarter of an hour: no mail-bombing. */
export const LINK_REQUESTS_PER_WINDOW = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Records a sign-in request for an address (known or not) and queues its links: the same one
 * write whether the address has memberships or none, so the answer's timing says little.
 * Returns false when the address asked too often (nothing queued).
 */
export async function requestStaffLinks(
  db: Db,
  emailHash: string,
  links: NewLink[],
  now: Date,
): Promise<boolean> {
  const windowStart = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  const rate: TransactItem = {
    Update: {
      TableName: db.tableName,
      Key: keys.staffLinkRate(`${emailHash}#${windowStart}`),
      UpdateExpression: 'ADD #n :one SET expiresAt = :ttl',
      ConditionExpression: 'attribute_not_exists(pk) OR #n < :max',
      ExpressionAttributeNames: { '#n': 'requests' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':max': LINK_REQUESTS_PER_WINDOW,
        ':ttl': epochSeconds(new Date(windowStart + 2 * WINDOW_MS)),
      },
    },
  };
  // An unknown address writes a decoy in place of the link and its email, so the transaction
  // has the same shape and nearly the same cost either way.
  const writes =
    links.length > 0
      ? links.flatMap((link) => linkPuts(db, link))
      : decoyPuts(db, new Date(windowStart + WINDOW_MS));
  try {
    await transact(db, [rate, ...writes], 'too many');
    return true;
  } catch (error) {
    if (error instanceof Error && error.message === 'too many') return false;
    throw error;
  }
}

function decoyPuts(db: Db, expiresAt: Date): TransactItem[] {
  return [1, 2].map(() => ({
    Put: {
      TableName: db.tableName,
      Item: {
        ...keys.staffLinkDecoy(randomUUID()),
        type: 'staff_link_decoy',
        expiresAt: epochSeconds(expiresAt),
      },
    },
  }));
}

/** A link that exists and has not expired (DynamoDB's TTL deletes late, so the time is checked). */
export async function findLiveStaffLink(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<StaffLink | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.staffLink(tokenHash),
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  const link = StaffLink.parse(Item);
  return Date.parse(link.linkExpiresAt) > now.getTime() ? link : undefined;
}
