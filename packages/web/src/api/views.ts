import { type Campaign, type Organisation, progress } from '@haven/core';
import type { z } from '@hono/zod-openapi';
import type { CampaignView, OrganisationView } from './schemas';

export function organisationView(
  org: Organisation,
  publicUrl: string,
): z.infer<typeof OrganisationView> {
  return {
    slug: org.slug,
    name: org.name,
    about: org.about,
    country: org.country,
    website: org.website,
    locales: org.locales,
    defaultLocale: org.defaultLocale,
    url: `${publicUrl}/${org.slug}`,
  };
}

export function campaignView(campaign: Campaign, publicUrl: string): z.infer<typeof CampaignView> {
  const { raised, percent } = progress(campaign);
  const text = Object.fromEntries(
    Object.entries(campaign.text).map(([locale, t]) => [
      locale,
      { title: t.title, summary: t.summary, story: t.story },
    ]),
  );
  return {
    organisation: campaign.orgSlug,
    slug: campaign.slug,
    status: campaign.status === 'open' ? 'open' : 'closed',
    locales: campaign.locales,
    defaultLocale: campaign.defaultLocale,
    text,
    goal: campaign.goal,
    raised,
    percentOfGoal: percent,
    totals: Object.entries(campaign.totals).map(([currency, total]) => ({
      amount: total.amount,
      currency,
    })),
    supporters: campaign.supporters,
    currencies: campaign.currencies,
    suggestedAmounts: campaign.suggestedAmounts,
    coverImage: campaign.coverImage.startsWith('/')
      ? `${publicUrl}${campaign.coverImage}`
      : campaign.coverImage,
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    url: `${publicUrl}/${campaign.orgSlug}/${campaign.slug}`,
  };
}
