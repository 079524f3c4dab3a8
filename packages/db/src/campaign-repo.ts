import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Campaign, type CampaignStatus, NotFoundError } from '@haven/core';
import { campaignFromItem, campaignToItem } from './campaign-item';
import type { Db } from './client';
import { conditionalWrite } from './conditional';
import { keys, partitions } from './keys';
import { queryItems } from './query';

/** Stores a new campaign; one that already exists is a ConflictError. */
export async function createCampaign(db: Db, campaign: Campaign): Promise<void> {
  const item = Campaign.parse(campaign);
  await conditionalWrite(
    () =>
      db.doc.send(
        new PutCommand({
          ConditionExpression: 'attribute_not_exists(pk)',
          TableName: db.tableName,
          Item: campaignToItem(item),
        }),
      ),
    `campaign ${item.orgSlug}/${item.slug} already exists`,
  );
}

export async function findCampaign(
  db: Db,
  orgSlug: string,
  slug: string,
): Promise<Campaign | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.campaign(orgSlug, slug) }),
  );
  return Item ? campaignFromItem(Item) : undefined;
}

export async function getCampaign(db: Db, orgSlug: string, slug: string): Promise<Campaign> {
  const campaign = await findCampaign(db, orgSlug, slug);
  if (!campaign) throw new NotFoundError(`campaign ${orgSlug}/${slug} not found`);
  return campaign;
}

/** An organisation's campaigns in one status, newest start first. */
export async function listCampaigns(
  db: Db,
  orgSlug: string,
  status: CampaignStatus,
): Promise<Campaign[]> {
  const campaigns: Campaign[] = [];
  const items = queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': partitions.campaignsByStatus(orgSlug, status) },
    ScanIndexForward: false,
  });
  for await (const item of items) campaigns.push(campaignFromItem(item));
  return campaigns;
}
