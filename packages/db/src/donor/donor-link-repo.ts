import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  ConflictError,
  DONOR_LINK_REQUESTS_PER_WINDOW,
  DONOR_LINK_WINDOW_MS,
  Locale,
} from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { keys, partitions } from '../keys';
import { hashToken, randomToken } from '../staff/tokens';
import { type TransactItem, transact } from '../staff/transact';

/** A donor's link about to be emailed: its record keeps the token's hash, the outbox the token. */
export type NewDonorLink = {
  token: string;
  tokenHash: string;
  emailKey: string;
  locale: Locale;
  expiresAt: Date;
  outboxId: string;
  dueAt: Date;
};

export const DonorLink = z.object({
  emailKey: z.string(),
  locale: Locale,
  linkExpiresAt: z.iso.datetime(),
});
export type DonorLink = z.infer<typeof DonorLink>;

const epochSeconds = (date: Date) => Math.ceil(date.getTime() / 1000);

export function newDonorLink(input: {
  emailKey: string;
  locale: Locale;
  validForMs: number;
  now: Date;
}): NewDonorLink {
  const token = randomToken();
  return {
    token,
    tokenHash: hashToken(token),
    emailKey: input.emailKey,
    locale: input.locale,
    expiresAt: new Date(input.now.getTime() + input.validForMs),
    outboxId: `donor_link_${randomUUID()}`,
    dueAt: input.now,
  };
}

/**
 * Whether anyone gave with this address: one Query of one key, the same whatever the answer,
 * so its timing tells little (the request writes the same shape either way, below).
 */
export async function donorIsKnown(db: Db, emailKey: string): Promise<boolean> {
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :donor',
      ExpressionAttributeValues: { ':donor': partitions.donorPledges(emailKey) },
      Limit: 1,
    }),
  );
  return Items.length > 0;
}

export const donorLinkWindowStart = (now: Date) =>
  Math.floor(now.getTime() / DONOR_LINK_WINDOW_MS) * DONOR_LINK_WINDOW_MS;

/**
 * Records a link request for an address, known or not, and queues the link when there is one:
 * one transaction of the same shape either way (the rate counter and two puts: the link and its
 * email, or two decoys), so neither the answer nor its cost says whether the address gave.
 * Returns false when the address asked too often (nothing queued).
 */
export async function requestDonorLink(
  db: Db,
  emailKey: string,
  link: NewDonorLink | undefined,
  now: Date,
): Promise<boolean> {
  const windowStart = donorLinkWindowStart(now);
  const rate: TransactItem = {
    Update: {
      TableName: db.tableName,
      Key: keys.donorLinkRate(emailKey, windowStart),
      UpdateExpression: 'ADD #n :one SET expiresAt = :ttl',
      ConditionExpression: 'attribute_not_exists(pk) OR #n < :max',
      ExpressionAttributeNames: { '#n': 'requests' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':max': DONOR_LINK_REQUESTS_PER_WINDOW,
        ':ttl': epochSeconds(new Date(windowStart + 2 * DONOR_LINK_WINDOW_MS)),
      },
    },
  };
  const writes = link
    ? linkPuts(db, link)
    : decoyPuts(db, new Date(windowStart + DONOR_LINK_WINDOW_MS));
  try {
    await transact(db, [rate, ...writes], 'too many');
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

function linkPuts(db: Db, link: NewDonorLink): TransactItem[] {
  const dueAt = link.dueAt.toISOString();
  return [
    {
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.donorLink(link.tokenHash),
          type: 'donor_link',
          emailKey: link.emailKey,
          locale: link.locale,
          linkExpiresAt: link.expiresAt.toISOString(),
          expiresAt: epochSeconds(link.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      // The address is not here: the worker finds it from the emailKey when it sends.
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.outbox(link.outboxId),
          ...keys.outboxDue('pending', dueAt, link.outboxId),
          type: 'outbox',
          id: link.outboxId,
          kind: 'donor-link',
          emailKey: link.emailKey,
          locale: link.locale,
          linkToken: link.token,
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

function decoyPuts(db: Db, expiresAt: Date): TransactItem[] {
  return [1, 2].map(() => ({
    Put: {
      TableName: db.tableName,
      Item: {
        ...keys.donorLinkDecoy(randomUUID()),
        type: 'donor_link_decoy',
        expiresAt: epochSeconds(expiresAt),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  }));
}

/** A link that exists and has not expired (DynamoDB's TTL deletes late, so the time is checked). */
export async function findLiveDonorLink(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<DonorLink | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.donorLink(tokenHash),
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  const link = DonorLink.parse(Item);
  return Date.parse(link.linkExpiresAt) > now.getTime() ? link : undefined;
}
