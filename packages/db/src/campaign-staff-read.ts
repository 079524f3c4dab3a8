import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  type Campaign,
  type CampaignContent,
  CampaignDraft,
  CampaignStatus,
  contentOf,
  DraftText,
  Locale,
  type TranslationStatus,
  translationStatus,
} from '@haven/core';
import * as z from 'zod';
import { campaignFromItem } from './campaign-item';
import { readCampaignSums } from './campaign-totals';
import type { Db } from './client';
import { isCampaignTotalsKey, keys } from './keys';
import type { OrgScope } from './org-scope';
import { queryItems } from './query';

/** A campaign as its editor opens it: the content, and the version a save must name. */
export type EditableCampaign =
  | { kind: 'draft'; draft: CampaignDraft; content: CampaignContent; version: number }
  | { kind: 'published'; campaign: Campaign; content: CampaignContent; version: number };

const Version = z.object({ version: z.number().int().nonnegative().default(0) });

/** The organisation's campaign under this slug, draft or published, for its editor. */
export async function findEditableCampaign(
  db: Db,
  scope: OrgScope,
  slug: string,
): Promise<EditableCampaign | undefined> {
  const get = (Key: Record<string, string>) =>
    db.doc.send(new GetCommand({ TableName: db.tableName, Key, ConsistentRead: true }));
  const [draft, published] = await Promise.all([
    get(keys.campaignDraft(scope.orgSlug, slug)),
    get(keys.campaign(scope.orgSlug, slug)),
  ]);
  if (draft.Item) {
    const parsed = CampaignDraft.parse(draft.Item);
    return { kind: 'draft', draft: parsed, content: parsed, version: parsed.version };
  }
  if (!published.Item) return undefined;
  const campaign = campaignFromItem(
    published.Item,
    await readCampaignSums(db, scope.orgSlug, slug),
  );
  const { version } = Version.parse(published.Item);
  return { kind: 'published', campaign, content: contentOf(campaign), version };
}

/** A line of the staff's campaign list: no totals (the dashboard reads those), no story. */
export type CampaignSummary = {
  slug: string;
  status: CampaignStatus;
  defaultLocale: Locale;
  titles: Partial<Record<Locale, string>>;
  translations: TranslationStatus[];
  startsAt?: string | undefined;
  endsAt?: string | undefined;
  updatedAt?: string | undefined;
};

const SummaryItem = z.object({
  slug: z.string(),
  status: CampaignStatus,
  defaultLocale: Locale,
  text: z.partialRecord(Locale, DraftText),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  updatedAt: z.string().optional(),
  createdAt: z.string(),
});

const SUMMARY_ATTRIBUTES = [
  'sk',
  'slug',
  'status',
  'defaultLocale',
  'text',
  'startsAt',
  'endsAt',
  'updatedAt',
  'createdAt',
];

/**
 * Every campaign of the organisation in every status, drafts included, most recently changed
 * first: one Query of the organisation's partition (campaigns and drafts share the sort key
 * prefix, and so do the totals' shards, passed over), never a Scan.
 */
export async function listOrgCampaigns(db: Db, scope: OrgScope): Promise<CampaignSummary[]> {
  const { pk, skPrefix } = keys.campaignsOfOrg(scope.orgSlug);
  const items = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
    ProjectionExpression: SUMMARY_ATTRIBUTES.map((_, i) => `#a${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(
      SUMMARY_ATTRIBUTES.map((name, i) => [`#a${i}`, name]),
    ),
  });
  const summaries: (CampaignSummary & { changed: string })[] = [];
  for await (const item of items) {
    // A published campaign's totals' shards share its sort-key prefix: not campaigns.
    if (isCampaignTotalsKey(item.sk)) continue;
    const parsed = SummaryItem.parse(item);
    summaries.push({
      slug: parsed.slug,
      status: parsed.status,
      defaultLocale: parsed.defaultLocale,
      titles: Object.fromEntries(
        Object.entries(parsed.text).flatMap(([locale, text]) =>
          text?.title ? [[locale, text.title]] : [],
        ),
      ),
      translations: translationStatus(parsed),
      startsAt: parsed.startsAt,
      endsAt: parsed.endsAt,
      updatedAt: parsed.updatedAt,
      changed: parsed.updatedAt ?? parsed.createdAt,
    });
  }
  return summaries
    .sort((a, b) => b.changed.localeCompare(a.changed))
    .map(({ changed: _, ...summary }) => summary);
}
