import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '@haven/core';
import type * as z from 'zod';
import type { Db } from '../client';
import { keys } from '../keys';
import { type TransactItem, transact } from '../staff/transact';

/**
 * The machinery of emailed sign-in links, shared by staff and donors (their links live under
 * their own keys and never mix): a rate-limited request that writes the link and its email, or
 * decoys of the same shape, and a lookup that ignores expired links.
 */
type Key = { pk: string; sk: string };

const epochSeconds = (date: Date) => Math.ceil(date.getTime() / 1000);

/** The link's record (its token's hash as key) and the outbox item that emails the token. */
export function linkAndEmailPuts(
  db: Db,
  link: {
    key: Key;
    record: Record<string, unknown>;
    expiresAt: Date;
    outboxId: string;
    dueAt: Date;
    email: Record<string, unknown>;
  },
): TransactItem[] {
  const dueAt = link.dueAt.toISOString();
  return [
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...link.key,
          ...link.record,
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
          ...link.email,
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

/**
 * One transaction: count the request in its window and write `writes`, or, for an address with
 * nothing to send, two decoys, so neither the answer nor its cost tells whether it is known.
 * Returns false when the address asked too often in the window (nothing written).
 */
export async function requestLinks(
  db: Db,
  request: {
    rateKey: Key;
    max: number;
    windowStart: number;
    windowMs: number;
    writes: TransactItem[];
    decoy: { key: (id: string) => Key; type: string };
  },
): Promise<boolean> {
  const { windowStart, windowMs } = request;
  const rate: TransactItem = {
    Update: {
      TableName: db.tableName,
      Key: request.rateKey,
      UpdateExpression: 'ADD #n :one SET expiresAt = :ttl',
      ConditionExpression: 'attribute_not_exists(pk) OR #n < :max',
      ExpressionAttributeNames: { '#n': 'requests' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':max': request.max,
        ':ttl': epochSeconds(new Date(windowStart + 2 * windowMs)),
      },
    },
  };
  const decoyExpiry = epochSeconds(new Date(windowStart + windowMs));
  const writes =
    request.writes.length > 0
      ? request.writes
      : [1, 2].map(
          (): TransactItem => ({
            Put: {
              TableName: db.tableName,
              Item: {
                ...request.decoy.key(randomUUID()),
                type: request.decoy.type,
                expiresAt: decoyExpiry,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          }),
        );
  try {
    await transact(db, [rate, ...writes], 'too many link requests');
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

/** A link that exists and has not expired (DynamoDB's TTL deletes late, so the time is checked). */
export async function findLiveLink<T extends { linkExpiresAt: string }>(
  db: Db,
  key: Key,
  schema: z.ZodType<T>,
  now: Date,
): Promise<T | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const link = schema.parse(Item);
  return Date.parse(link.linkExpiresAt) > now.getTime() ? link : undefined;
}
