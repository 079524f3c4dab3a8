import { type Campaign, type Locale, negotiateLocale } from '@haven/core';
import type { Context } from 'hono';
import type { AppDeps } from '../deps';
import { findPublicCampaign } from '../load';
import { pageContext } from '../pages/page-context';

/** The language for this request among those a page is offered in: URL, Accept-Language, default. */
export function chooseLocale(c: Context, offered: readonly Locale[], fallback: Locale): Locale {
  c.header('Vary', 'Accept-Language');
  return negotiateLocale({
    requested: c.req.param('lang'),
    acceptLanguage: c.req.header('accept-language'),
    offered,
    fallback,
  });
}

/**
 * A public campaign from the URL's :org and :campaign, with its path and the page context in
 * the visitor's language: what the campaign page, the form's target and the thank-you page share.
 */
export async function loadCampaignPage(c: Context, deps: AppDeps) {
  const found = await findPublicCampaign(
    deps.db,
    c.req.param('org') ?? '',
    c.req.param('campaign') ?? '',
  );
  if (!found) return undefined;
  const rest = `/${found.org.slug}/${found.campaign.slug}`;
  const locale = chooseLocale(c, found.campaign.locales, found.campaign.defaultLocale);
  const ctx = pageContext({
    locale,
    country: found.org.country,
    publicUrl: deps.publicUrl,
    rest,
    offered: found.campaign.locales,
  });
  return { ...found, rest, ctx };
}

/** The currency asked for when the campaign takes it, else the goal's. */
export const chooseCurrency = (campaign: Campaign, requested: string | undefined): string => {
  const code = requested?.toUpperCase() ?? '';
  return campaign.currencies.includes(code) ? code : campaign.goal.currency;
};
