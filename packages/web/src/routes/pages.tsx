import { canTakeGifts, LOCALES, type Locale } from '@haven/core';
import { listCampaigns, listOrganisations } from '@haven/db';
import { type Context, Hono } from 'hono';
import { type AppDeps, connectMode } from '../deps';
import { formGuardFor } from '../guard/form-fields';
import { findPublicOrganisation, findPublishedUpdates } from '../load';
import { loadMarkdown } from '../markdown-on-demand';
import { CampaignPage } from '../pages/campaign-page';
import { HomePage } from '../pages/home-page';
import { OrgPage } from '../pages/org-page';
import { localizedPath, pageContext } from '../pages/page-context';
import { chooseCurrency, chooseLocale, loadCampaignPage } from './campaign-context';
import { knownLanguage, LANG, notFound } from './page-paths';

/**
 * When the URL names a language the page doesn't exist in, send the visitor to the best one
 * it does exist in rather than show a page in a language they didn't ask for.
 */
function redirectIfNotOffered(c: Context, locale: Locale, rest: string) {
  const requested = c.req.param('lang');
  if (requested && requested !== locale) return c.redirect(localizedPath(locale, rest), 302);
  return undefined;
}

export function pageRoutes(deps: AppDeps) {
  const app = new Hono();

  const home = async (c: Context) => {
    const locale = chooseLocale(c, LOCALES, 'en');
    const orgs = await listOrganisations(deps.db);
    const ctx = pageContext({ locale, publicUrl: deps.publicUrl, rest: '/', offered: LOCALES });
    return c.html(<HomePage ctx={ctx} orgs={orgs} />);
  };

  const org = async (c: Context) => {
    const found = await findPublicOrganisation(deps.db, c.req.param('org') ?? '');
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
    const [page, updates, renderMarkdown] = await Promise.all([
      loadCampaignPage(c, deps),
      findPublishedUpdates(deps.db, c.req.param('org') ?? '', c.req.param('campaign') ?? ''),
      loadMarkdown(),
    ]);
    if (!page) return notFound(c, deps);
    const { org: owner, campaign, ctx, rest } = page;
    const redirect = redirectIfNotOffered(c, ctx.locale, rest);
    if (redirect) return redirect;
    const currency = chooseCurrency(campaign, c.req.query('currency'));
    // Cached like any public page (cache-policy.ts: a minute at the CDN, stale-while-revalidate):
    // the form's token is signed per rendering, not per visitor, so every visitor handed this
    // copy may post it. It proves what it always did (our form, this campaign, under two hours
    // old), and the post is checked as before; a shared copy's posts are told apart by their
    // address and browser (guard/donation-post.ts).
    return c.html(
      <CampaignPage
        ctx={ctx}
        org={owner}
        campaign={campaign}
        currency={currency}
        now={deps.now()}
        guard={formGuardFor(deps, campaign)}
        takesGifts={canTakeGifts(connectMode(deps), owner)}
        updates={updates}
        renderMarkdown={renderMarkdown}
      />,
    );
  };

  const known = knownLanguage(deps);

  app.get('/', home);
  app.get(`/${LANG}`, known, home);
  app.get(`/${LANG}/:org`, known, org);
  app.get(`/${LANG}/:org/:campaign`, known, campaignPage);

  // Language negotiated from Accept-Language; registered after the prefixed routes, which win.
  app.get('/:org', org);
  app.get('/:org/:campaign', campaignPage);
  return app;
}
