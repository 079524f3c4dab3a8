import { type Campaign, isLocale, type Locale } from '@haven/core';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { AppDeps } from '../deps';
import { findPublicCampaign } from '../load';
import { pageContext } from '../pages/page-context';

/**
 * The language for this request among those a page is offered in: the one the URL names, else
 * the best Accept-Language match, else the page's default (or its first language). Only the
 * latter answers vary with Accept-Language: a cache keys a URL that names its language on the
 * URL alone.
 */
export function chooseLocale(c: Context, offered: readonly Locale[], fallback: Locale): Locale {
  const requested = c.req.param('lang');
  if (isLocale(requested) && offered.includes(requested)) return requested;
  c.header('Vary', 'Accept-Language');
  const fallbackOffered = offered.includes(fallback) ? fallback : (offered[0] ?? fallback);
  const chosen = accepts(c, {
    header: 'Accept-Language',
    supports: [...offered],
    default: fallbackOffered,
    match: byPrimaryLanguage,
  });
  return isLocale(chosen) ? chosen : fallbackOffered;
}

/**
 * Hono's own matcher compares whole tags; a visitor asking for `fr-CH` wants our `fr`. Best
 * weight first (ties keep the header's order); `q=0` means "not this one".
 */
const byPrimaryLanguage = (
  accepted: { type: string; q: number }[],
  config: { supports: string[]; default: string },
): string => {
  const ranked = accepted.filter((accept) => accept.q > 0).sort((a, b) => b.q - a.q);
  for (const { type } of ranked) {
    const primary = type.split('-')[0]?.toLowerCase();
    const match = config.supports.find((supported) => supported === primary);
    if (match) return match;
  }
  return config.default;
};

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
