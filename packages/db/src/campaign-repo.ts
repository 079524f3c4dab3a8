import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Campaign, type CampaignStatus, ConflictError, NotFoundError } from '@haven/core';
import { campaignFromItem, campaignToItem } from './campaign-item';
import { openingShard, queryCampaignWithTotals, readCampaignSums } from './campaign-totals';
import type { Db } from './client';
import { conditionalWrite } from './conditional';
import { partitions } from './keys';
import { queryItems } from './query';
import { isTransactionConditionFailed } from './transaction';

/**
 * Stores a new campaign; one that already exists is a ConflictError. Opening totals (a campaign
 * carried over from elsewhere) go to its first totals shard, in the same transaction.
 */
export async function createCampaign(db: Db, campaign: Campaign): Promise<void> {
  const item = Campaign.parse(campaign);
  const conflict = `campaign ${item.orgSlug}/${item.slug} already exists`;
  const put = {
    ConditionExpression: 'attribute_not_exists(pk)',
    TableName: db.tableName,
    Item: campaignToItem(item),
  };
  const opening = item.supporters > 0 || Object.keys(item.totals).length > 0;
  if (!opening) {
    await conditionalWrite(() => db.doc.send(new PutCommand(put)), conflict);
    return;
  }
  const shard = openingShard(item.orgSlug, item.slug, item);
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: put }, { Put: { TableName: db.tableName, Item: shard } }],
      }),
    );
  } catch (error) {
    if (isTransactionConditionFailed(error, 0)) throw new ConflictError(conflict, { cause: error });
    throw error;
  }
}

export async function findCampaign(
  db: Db,
  orgSlug: string,
  slug: string,
): Promise<Campaign | undefined> {
  const { campaign, sums } = await queryCampaignWithTotals(db, orgSlug, slug);
  return campaign ? campaignFromItem(campaign, sums) : undefined;
}

export async function getCampaign(db: Db, orgSlug: string, slug: string): Promise<Campaign> {
  const campaign = await findCampaign(db, orgSlug, slug);
  if (!campaign) throw new NotFoundError(`campaign ${orgSlug}/${slug} not found`);
  return campaign;
}

/** An organisation's campaigns in one status, newest start first, each with its totals. */
export async function listCampaigns(
  db: Db,
  orgSlug: string,
  status: CampaignStatus,
): Promise<Campaign[]> {
  const found: Record<string, unknown>[] = [];
  const items = queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': partitions.campaignsByStatus(orgSlug, status) },
    ScanIndexForward: false,
  });
  for await (const item of items) found.push(item);
  // The shards of every listed campaign at once: a handful of small Queries side by side.
  return Promise.all(
    found.map(async (item) =>
      campaignFromItem(item, await readCampaignSums(db, orgSlug, String(item.slug))),
    ),
  );
}
