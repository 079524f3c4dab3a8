import {
  type Campaign,
  daysOfPeriod,
  GiftRecord,
  type GiftSeries,
  giftsOverTime,
  type LatestGift,
  maskGift,
  NotFoundError,
  type Role,
} from '@haven/core';
import { findCampaign } from './campaign-repo';
import type { Db } from './client';
import { partitions } from './keys';
import type { OrgScope } from './org-scope';
import { queryItems } from './query';

/** What the dashboard reads of a payment: never the email, the message or the dedication. */
const GIFT_ATTRIBUTES = ['pledgeId', 'paidAt', 'currency', 'gift', 'anonymous', 'donorName'];
const SERIES_ATTRIBUTES = ['paidAt', 'currency', 'gift'];

const projection = (names: readonly string[]) => ({
  ProjectionExpression: names.map((_, i) => `#a${i}`).join(', '),
  ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
});

/** A campaign's gifts newest first, from its own index list (never the organisation's). */
export async function listLatestGifts(
  db: Db,
  scope: OrgScope,
  campaignSlug: string,
  limit: number,
): Promise<GiftRecord[]> {
  const gifts: GiftRecord[] = [];
  const items = queryItems(db, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: {
      ':pk': partitions.campaignPaymentsByDate(scope.orgSlug, campaignSlug),
    },
    ScanIndexForward: false,
    Limit: limit,
    ...projection(GIFT_ATTRIBUTES),
  });
  for await (const item of items) {
    gifts.push(GiftRecord.parse(item));
    if (gifts.length >= limit) break;
  }
  return gifts;
}

/** A campaign's gifts paid within [from, to] (ISO instants), oldest first, figures only. */
export async function* listGiftsBetween(
  db: Db,
  scope: OrgScope,
  campaignSlug: string,
  period: { from: string; to: string },
): AsyncGenerator<Pick<GiftRecord, 'paidAt' | 'currency' | 'gift'>> {
  const items = queryItems(db, {
    IndexName: 'gsi2',
    // Sort keys are `<paidAt>#<pledgeId>`: '#' sorts after every character of an instant's end.
    KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
    ExpressionAttributeValues: {
      ':pk': partitions.campaignPaymentsByDate(scope.orgSlug, campaignSlug),
      ':from': period.from,
      ':to': `${period.to}~`,
    },
    ...projection(SERIES_ATTRIBUTES),
  });
  for await (const item of items)
    yield GiftRecord.pick({ paidAt: true, currency: true, gift: true }).parse(item);
}

export type CampaignDashboard = {
  campaign: Campaign;
  latestGifts: LatestGift[];
  series: GiftSeries[];
  period: { from: string; to: string };
};

/**
 * A campaign's dashboard as one staff member may see it: totals and supporters from the
 * campaign read, its latest gifts with anonymous donors masked for the member's role, and its
 * gifts per day and currency over the period.
 */
export async function readCampaignDashboard(
  db: Db,
  scope: OrgScope,
  slug: string,
  view: { role: Role; period: { from: string; to: string }; latest?: number },
): Promise<CampaignDashboard> {
  // A period the chart cannot show is refused before anything is read.
  daysOfPeriod(view.period.from, view.period.to);
  const campaign = await findCampaign(db, scope.orgSlug, slug);
  if (!campaign) throw new NotFoundError(`campaign ${scope.orgSlug}/${slug} not found`);
  const inPeriod: Pick<GiftRecord, 'paidAt' | 'currency' | 'gift'>[] = [];
  const [latest] = await Promise.all([
    listLatestGifts(db, scope, slug, view.latest ?? 10),
    (async () => {
      for await (const gift of listGiftsBetween(db, scope, slug, view.period)) inPeriod.push(gift);
    })(),
  ]);
  return {
    campaign,
    latestGifts: latest.map((gift) => maskGift(gift, view.role)),
    series: giftsOverTime(inPeriod, view.period),
    period: view.period,
  };
}
