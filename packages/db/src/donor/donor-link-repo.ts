import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DONOR_LINK_REQUESTS_PER_WINDOW, DONOR_LINK_WINDOW_MS, Locale } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { keys, partitions } from '../keys';
import { findLiveLink, linkAndEmailPuts, requestLinks } from '../links/single-use-link';
import { hashToken, randomToken } from '../staff/tokens';
import type { TransactItem } from '../staff/transact';

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
 * Records a link request for an address, known or not, and queues the link when there is one
 * (decoys otherwise), so neither the answer nor its cost says whether the address gave.
 * Returns false when the address asked too often (nothing queued).
 */
export function requestDonorLink(
  db: Db,
  emailKey: string,
  link: NewDonorLink | undefined,
  now: Date,
): Promise<boolean> {
  const windowStart = donorLinkWindowStart(now);
  return requestLinks(db, {
    rateKey: keys.donorLinkRate(emailKey, windowStart),
    max: DONOR_LINK_REQUESTS_PER_WINDOW,
    windowStart,
    windowMs: DONOR_LINK_WINDOW_MS,
    writes: link ? linkPuts(db, link) : [],
    decoy: { key: keys.donorLinkDecoy, type: 'donor_link_decoy' },
  });
}

function linkPuts(db: Db, link: NewDonorLink): TransactItem[] {
  return linkAndEmailPuts(db, {
    key: keys.donorLink(link.tokenHash),
    record: { type: 'donor_link', emailKey: link.emailKey, locale: link.locale },
    expiresAt: link.expiresAt,
    outboxId: link.outboxId,
    dueAt: link.dueAt,
    // The address is not here: the worker finds it from the emailKey when it sends.
    email: {
      kind: 'donor-link',
      emailKey: link.emailKey,
      locale: link.locale,
      linkToken: link.token,
    },
  });
}

/** A link that exists and has not expired. */
export function findLiveDonorLink(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<DonorLink | undefined> {
  return findLiveLink(db, keys.donorLink(tokenHash), DonorLink, now);
}
