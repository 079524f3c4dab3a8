import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CampaignSupporter, Locale } from '@haven/core';
import * as z from 'zod/mini';
import type { Db } from '../client';
import { emailKey } from '../email-key';
import { supporterKeys } from '../keys';

/** A person's record in one organisation: their language and their first and latest gift. */
export const Supporter = z.object({
  orgSlug: z.string(),
  emailKey: z.string(),
  email: z.string(),
  locale: Locale,
  firstGiftAt: z.iso.datetime(),
  latestGiftAt: z.iso.datetime(),
  firstPledgeId: z.string(),
  latestPledgeId: z.string(),
});
export type Supporter = z.infer<typeof Supporter>;

export async function findSupporter(
  db: Db,
  org: string,
  email: string,
): Promise<Supporter | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: supporterKeys.supporter(org, emailKey(email)),
    }),
  );
  return Item ? Supporter.parse(Item) : undefined;
}

/** One person's mark on a campaign, by their emailKey (what an unsubscribe link carries). */
export async function findCampaignSupporter(
  db: Db,
  org: string,
  person: string,
  campaign: string,
): Promise<CampaignSupporter | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: supporterKeys.campaignSupporter(org, person, campaign),
      ConsistentRead: true,
    }),
  );
  return Item ? CampaignSupporter.parse(Item) : undefined;
}
