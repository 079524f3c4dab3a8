import {
  type Campaign,
  intlLocale,
  type Locale,
  type Organisation,
  type Payment,
  type Pledge,
  pickText,
} from '@haven/core';
import { type Db, type DonorGift, findCampaign, findOrganisation } from '@haven/db';

/** A gift with the names it is shown with, in the reader's language. */
export type GiftView = {
  pledge: Pledge;
  payments: Payment[];
  org: Organisation | undefined;
  orgName: string;
  campaign: Campaign | undefined;
  campaignTitle: string;
  intlLocale: string;
};

export const campaignTitleOf = (campaign: Campaign | undefined, slug: string, locale: Locale) =>
  (campaign && (campaign.text[locale]?.title ?? campaign.text[campaign.defaultLocale]?.title)) ??
  slug;

/** Names each gift's organisation and campaign, reading each one once. */
export async function giftViews(db: Db, gifts: DonorGift[], locale: Locale): Promise<GiftView[]> {
  const orgs = new Map<string, Promise<Organisation | undefined>>();
  const campaigns = new Map<string, Promise<Campaign | undefined>>();
  return Promise.all(
    gifts.map(async ({ pledge, payments }) => {
      const orgKey = pledge.orgSlug;
      if (!orgs.has(orgKey)) orgs.set(orgKey, findOrganisation(db, orgKey));
      const campaignKey = `${pledge.orgSlug}/${pledge.campaignSlug}`;
      if (!campaigns.has(campaignKey)) {
        campaigns.set(campaignKey, findCampaign(db, pledge.orgSlug, pledge.campaignSlug));
      }
      const [org, campaign] = await Promise.all([orgs.get(orgKey), campaigns.get(campaignKey)]);
      return {
        pledge,
        payments,
        org,
        orgName: org ? pickText(org.name, locale, org.defaultLocale) : pledge.orgSlug,
        campaign,
        campaignTitle: campaignTitleOf(campaign, pledge.campaignSlug, locale),
        intlLocale: intlLocale(locale, org?.country),
      };
    }),
  );
}
