import { randomBytes } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  CampaignUpdate,
  type Locale,
  publishedNewestFirst,
  UpdateEmailCounts,
  type UpdateText,
} from '@haven/core';
import type { Db } from '../client';
import { supporterKeys, supporterPartitions } from '../keys';
import type { OrgScope } from '../org-scope';
import { queryItems } from '../query';
import { type TransactItem, transact } from '../staff/transact';

const withoutCounts = ({ counts: _, ...rest }: CampaignUpdate) => rest;

/** Time first, so an update's sort key keeps the order they were written in. */
export const newUpdateId = (now: Date) =>
  `upd_${now.getTime().toString(36).padStart(9, '0')}${BigInt(`0x${randomBytes(8).toString('hex')}`)
    .toString(36)
    .padStart(13, '0')}`;

/** Every update of a campaign, drafts included, oldest first (one Query; a campaign has tens). */
export async function listCampaignUpdates(
  db: Db,
  scope: OrgScope,
  campaignSlug: string,
): Promise<CampaignUpdate[]> {
  const updates: CampaignUpdate[] = [];
  const rows = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
    ExpressionAttributeValues: {
      ':pk': supporterPartitions.updates(scope.orgSlug, campaignSlug),
      ':sk': 'UPDATE#',
    },
  });
  for await (const row of rows) updates.push(updateOf(row));
  return updates;
}

export async function findCampaignUpdate(
  db: Db,
  scope: OrgScope,
  campaignSlug: string,
  id: string,
): Promise<CampaignUpdate | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: supporterKeys.update(scope.orgSlug, campaignSlug, id),
      ConsistentRead: true,
    }),
  );
  return Item ? updateOf(Item) : undefined;
}

/** The counts are top-level numbers on the item (each moved by ADD), gathered on read. */
const updateOf = (item: Record<string, unknown>): CampaignUpdate =>
  CampaignUpdate.parse({ ...item, counts: UpdateEmailCounts.parse(item) });

/** A new draft with one language's text, and its audit entry. */
export async function createCampaignUpdate(
  db: Db,
  scope: OrgScope,
  input: { campaignSlug: string; locale: Locale; text: UpdateText; now: Date },
  audit: (id: string) => TransactItem,
): Promise<CampaignUpdate> {
  const at = input.now.toISOString();
  const update = CampaignUpdate.parse({
    id: newUpdateId(input.now),
    orgSlug: scope.orgSlug,
    campaignSlug: input.campaignSlug,
    text: { [input.locale]: input.text },
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  });
  await transact(
    db,
    [
      {
        Put: {
          TableName: db.tableName,
          Item: {
            ...supporterKeys.update(scope.orgSlug, input.campaignSlug, update.id),
            type: 'campaign_update',
            ...withoutCounts(update),
            ...update.counts,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      audit(update.id),
    ],
    'update id taken',
  );
  return update;
}

/** One language's text, written over that language alone: the others stay as they are. */
export async function saveCampaignUpdateText(
  db: Db,
  scope: OrgScope,
  input: { campaignSlug: string; id: string; locale: Locale; text: UpdateText; now: Date },
  audit: TransactItem,
) {
  await transact(
    db,
    [
      {
        Update: {
          TableName: db.tableName,
          Key: supporterKeys.update(scope.orgSlug, input.campaignSlug, input.id),
          UpdateExpression: 'SET #text.#locale = :text, updatedAt = :now',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#text': 'text', '#locale': input.locale },
          ExpressionAttributeValues: { ':text': input.text, ':now': input.now.toISOString() },
        },
      },
      audit,
    ],
    'update not found',
  );
}

/** Shown on the campaign page from now on; publishing again changes nothing. */
export async function publishCampaignUpdate(
  db: Db,
  scope: OrgScope,
  input: { campaignSlug: string; id: string; now: Date },
  audit: TransactItem,
) {
  await transact(
    db,
    [
      {
        Update: {
          TableName: db.tableName,
          Key: supporterKeys.update(scope.orgSlug, input.campaignSlug, input.id),
          UpdateExpression: 'SET #status = :published, publishedAt = :now, updatedAt = :now',
          ConditionExpression: '#status = :draft',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':published': 'published',
            ':draft': 'draft',
            ':now': input.now.toISOString(),
          },
        },
      },
      audit,
    ],
    'update already published',
  );
}

/** What the campaign page lists: published updates, newest first. */
export const listPublishedUpdates = async (db: Db, orgSlug: string, campaignSlug: string) =>
  publishedNewestFirst(await listCampaignUpdates(db, { orgSlug }, campaignSlug));
