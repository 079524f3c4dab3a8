import { isLocale, LOCALES, type Locale } from '@haven/core';
import { findOrganisation, listCampaigns, listOrganisations } from '@haven/db';
import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { problem } from '../api/problem';
import type { AppDeps } from '../deps';
import { CampaignPage } from '../pages/campaign-page';
import { HomePage } from '../pages/home-page';
import { NotFoundPage } from '../pages/not-found-page';
import { OrgPage } from '../pages/org-page';
import { localizedPath, pageContext } from '../pages/page-context';
import { chooseCurrency, chooseLocale, loadCampaignPage } from './campaign-context';
import { donationPageRoutes } from './donation-pages';

/**
 * A two-letter language prefix. Organisation slugs are at least three characters, so the prefix
 * never shadows one; an unknown two-letter code is a 404 (see `knownLanguage`).
 */
export const LANG = ':lang{[a-z][a-z]}';

/**
 * When the URL names a language the page doesn't exist in, send the visitor to the best one
 * it does exist in rather than show a page in a language they didn't ask for.
 */
function redirectIfNotOffered(c: Context, locale: Locale, rest: string) {
  const requested = c.req.param('lang');
  if (requested && requested !== locale) return c.redirect(localizedPath(locale, rest), 302);
  return undefined;
}

/** A 404 in the visitor's language; under /api/ it is problem details, as the API speaks. */
export function notFound(c: Context, deps: AppDeps) {
  if (c.req.path.startsWith('/api/')) {
    return problem(c, 404, { type: 'about:blank', title: 'Not Found' });
  }
  const locale = chooseLocale(c, LOCALES, 'en');
  const ctx = pageContext({ locale, publicUrl: deps.publicUrl, rest: '/', offered: LOCALES });
  return c.html(<NotFoundPage ctx={ctx} />, 404);
}

export function pageRoutes(deps: AppDeps) {
  const app = new Hono();
  const now = () => deps.now?.() ?? new Date();

  const home = async (c: Context) => {
    const locale = chooseLocale(c, LOCALES, 'en');
    const orgs = await listOrganisations(deps.db);
    const ctx = pageContext({ locale, publicUrl: deps.publicUrl, rest: '/', offered: LOCALES });
    return c.html(<HomePage ctx={ctx} orgs={orgs} />);
  };

  const org = async (c: Context) => {
    const found = await findOrganisation(deps.db, c.req.param('org') ?? '');
    if (!found) return notFound(c, deps);
    const rest = `/${found.slug}`;
    const locale = chooseLocale(c, found.locales, found.defaultLocale);
    const redirect = redirectIfNotOffered(c, locale, rest);
    if (redirect) return redirect;
    const campaigns = await listCampaigns(deps.db, found.slug, 'open');
    const ctx = pageContext({
      locale,
      country: found.country,
      publicUrl: deps.publicUrl,
      rest,
      offered: found.locales,
    });
    return c.html(<OrgPage ctx={ctx} org={found} campaigns={campaigns} />);
  };

  const campaignPage = async (c: Context) => {
    const page = await loadCampaignPage(c, deps);
    if (!page) return notFound(c, deps);
    const { org: owner, campaign, ctx, rest } = page;
    const redirect = redirectIfNotOffered(c, ctx.locale, rest);
    if (redirect) return redirect;
    const currency = chooseCurrency(campaign, c.req.query('currency'));
    return c.html(
      <CampaignPage ctx={ctx} org={owner} campaign={campaign} currency={currency} now={now()} />,
    );
  };

  const knownLanguage = createMiddleware(async (c, next) => {
    if (!isLocale(c.req.param('lang'))) return notFound(c, deps);
    await next();
  });

  app.get('/', home);
  app.get(`/${LANG}`, knownLanguage, home);
  app.get(`/${LANG}/:org`, knownLanguage, org);
  app.get(`/${LANG}/:org/:campaign`, knownLanguage, campaignPage);

  app.route('/', donationPageRoutes(deps, knownLanguage));

  // Language negotiated from Accept-Language; registered after the prefixed routes, which win.
  app.get('/:org', org);
  app.get('/:org/:campaign', campaignPage);
  return app;
}
