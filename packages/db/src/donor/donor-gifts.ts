import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Payment, Pledge } from '@haven/core';
import type { Db } from '../client';
import { keys, partitions } from '../keys';
import type { OrgScope } from '../org-scope';
import { queryItems } from '../query';

/** One gift as its donor sees it: the pledge and every payment made for it, oldest first. */
export type DonorGift = { pledge: Pledge; payments: Payment[] };

/** The raw items of every pledge this person's payments name, newest gift first (gsi1). */
async function* donorPledgeItems(db: Db, emailKey: string) {
  yield* queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :donor',
    ExpressionAttributeValues: { ':donor': partitions.donorPledges(emailKey) },
    ScanIndexForward: false,
  });
}

/** Every item of a pledge's partition: the pledge and its payments (one or one per month). */
export async function pledgePartition(db: Db, pledgeId: string) {
  const items: Record<string, unknown>[] = [];
  for await (const item of queryItems(db, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.pledgeItems(pledgeId).pk },
    ConsistentRead: true,
  })) {
    items.push(item);
  }
  return items;
}

const giftOf = (items: Record<string, unknown>[]): DonorGift | undefined => {
  const pledge = items.find((item) => item.type === 'pledge');
  if (!pledge) return undefined;
  const payments = items
    .filter((item) => item.type === 'payment')
    .map((item) => Payment.parse(item))
    .sort((a, b) => a.paidAt.localeCompare(b.paidAt));
  return { pledge: Pledge.parse(pledge), payments };
};

/** A person's gifts in every organisation and campaign, newest first. */
export async function listDonorGifts(db: Db, emailKey: string): Promise<DonorGift[]> {
  const gifts: DonorGift[] = [];
  for await (const item of donorPledgeItems(db, emailKey)) {
    const gift = giftOf(await pledgePartition(db, Pledge.shape.id.parse(item.id)));
    if (gift) gifts.push(gift);
  }
  return gifts;
}

/**
 * One gift, only if it is this person's: the pledge must carry their key in the donor index.
 * Anyone else's pledge id, or a made-up one, is undefined (the page answers 404).
 */
export async function findDonorGift(
  db: Db,
  emailKey: string,
  pledgeId: string,
): Promise<DonorGift | undefined> {
  const items = await pledgePartition(db, pledgeId);
  const pledge = items.find((item) => item.type === 'pledge');
  if (!pledge || pledge.gsi1pk !== partitions.donorPledges(emailKey)) return undefined;
  return giftOf(items);
}

/**
 * Everything the table keeps about this person, as stored: each gift's pledge and payments,
 * the receipt emails' outbox records, and what is kept under their key (email opt-outs,
 * erasures). Nothing else: every item is reached through their key, never by a search.
 */
export async function donorDataItems(db: Db, emailKey: string) {
  const gifts: Record<string, unknown>[][] = [];
  for await (const item of donorPledgeItems(db, emailKey)) {
    const pledgeId = Pledge.shape.id.parse(item.id);
    const partition = await pledgePartition(db, pledgeId);
    const { Item: receipt } = await db.doc.send(
      new GetCommand({ TableName: db.tableName, Key: keys.outbox(`receipt_${pledgeId}`) }),
    );
    gifts.push(receipt ? [...partition, receipt] : partition);
  }
  const own: Record<string, unknown>[] = [];
  for await (const item of queryItems(db, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.donorItems(emailKey).pk },
  })) {
    own.push(item);
  }
  return { gifts, own };
}

/**
 * Where to send this person's link: the address on their latest payment. The link's outbox item
 * holds only their key, so the address lives in one place, the payment, which erasure clears.
 */
export async function findDonorAddress(db: Db, emailKey: string): Promise<string | undefined> {
  for await (const item of donorPledgeItems(db, emailKey)) {
    const partition = await pledgePartition(db, Pledge.shape.id.parse(item.id));
    const latest = partition
      .filter((row) => row.type === 'payment')
      .map((row) => Payment.parse(row))
      .filter((payment) => payment.donorEmail)
      .sort((a, b) => b.paidAt.localeCompare(a.paidAt))[0];
    if (latest?.donorEmail) return latest.donorEmail;
  }
  return undefined;
}

/** A gift of the staff member's own organisation, for reproducing its receipt; else undefined. */
export async function findGiftOfOrg(
  db: Db,
  scope: OrgScope,
  pledgeId: string,
): Promise<DonorGift | undefined> {
  const gift = giftOf(await pledgePartition(db, pledgeId));
  return gift?.pledge.orgSlug === scope.orgSlug ? gift : undefined;
}
