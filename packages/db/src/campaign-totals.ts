import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Totals } from '@haven/core';
import type { Db } from './client';
import { keys } from './keys';
import { queryItems } from './query';

/**
 * How many items a campaign's totals are spread over. A gift adds to one shard picked at random,
 * so N payments to one campaign at the same instant meet on the same item about N²/2S times
 * instead of N²/2; the page sums the shards it reads with the campaign, in one Query.
 */
export const TOTALS_SHARDS = 16;

/**
 * Each currency's total is its own number attribute (`raised_CHF`), so a gift in a currency the
 * campaign just started taking is added with ADD, which creates the attribute when it is
 * missing; a nested map path could not be.
 */
export const RAISED_PREFIX = 'raised_';
export const raisedAttribute = (currency: string) => `${RAISED_PREFIX}${currency.toUpperCase()}`;

export const randomTotalsShard = () => Math.floor(Math.random() * TOTALS_SHARDS);

export type CampaignSums = { totals: Totals; supporters: number };

/** Adds one shard item's figures to running sums (shards hold numbers only, written by ADD). */
export function addShard(sums: CampaignSums, item: Record<string, unknown>): CampaignSums {
  const totals: Totals = { ...sums.totals };
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(RAISED_PREFIX) && typeof value === 'number') {
      const currency = name.slice(RAISED_PREFIX.length);
      totals[currency] = { amount: (totals[currency]?.amount ?? 0) + value };
    }
  }
  const supporters = typeof item.supporters === 'number' ? item.supporters : 0;
  return { totals, supporters: sums.supporters + supporters };
}

export const NO_SUMS: CampaignSums = { totals: {}, supporters: 0 };

/** The opening figures a campaign is created with, as shard 0's attributes. */
export function openingShard(orgSlug: string, slug: string, sums: CampaignSums) {
  const raised = Object.fromEntries(
    Object.entries(sums.totals).map(([currency, total]) => [
      raisedAttribute(currency),
      total.amount,
    ]),
  );
  return {
    ...keys.campaignTotals(orgSlug, slug, 0),
    type: 'campaign_totals',
    ...raised,
    supporters: sums.supporters,
  };
}

/** A campaign's summed totals without its item: for lists, which read campaigns from an index. */
export async function readCampaignSums(db: Db, orgSlug: string, slug: string) {
  const { pk, skPrefix } = keys.campaignTotalsShards(orgSlug, slug);
  let sums = NO_SUMS;
  const items = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
    ExpressionAttributeValues: { ':pk': pk, ':sk': skPrefix },
  });
  for await (const item of items) sums = addShard(sums, item);
  return sums;
}

/**
 * A campaign's item and its totals' shards in one round trip: one Query over the organisation's
 * partition, from the campaign's sort key to its last shard's (a few KB, far under a page).
 */
export async function queryCampaignWithTotals(db: Db, orgSlug: string, slug: string) {
  const { pk, from, to } = keys.campaignWithTotals(orgSlug, slug);
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': to },
    }),
  );
  const campaign = Items.find((item) => item.sk === from);
  const sums = Items.filter((item) => item.sk !== from).reduce(addShard, NO_SUMS);
  return { campaign, sums };
}
