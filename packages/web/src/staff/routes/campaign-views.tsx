import { type Campaign, checkPublishable, type Locale, pickText } from '@haven/core';
import { findEditableCampaign, readCampaignDashboard } from '@haven/db';
import { Hono } from 'hono';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import { loadMarkdown } from '../../markdown-on-demand';
import { CampaignPage } from '../../pages/campaign-page';
import { pageContext } from '../../pages/page-context';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { campaignNotFound, campaignOfUrl } from '../campaign-editor';
import { StaffLayout, staffPageContext } from '../layout';
import { CampaignDashboardPage } from '../pages/campaign-dashboard-page';
import { staffPage } from '../render';

const DAY_MS = 86_400_000;

/**
 * What every member may read of a campaign: the preview (the public page as supporters would
 * see it, drafts included, never cached) and the dashboard.
 */
export function campaignViewRoutes() {
  const app = new Hono<StaffEnv>();

  app.get('/campaigns/:slug/preview', requireStaff('campaigns.view'), async (c) => {
    const deps = c.var.staffDeps;
    const { org, scope } = c.var.staff;
    const editable = await findEditableCampaign(deps.db, scope, c.req.param('slug'));
    if (!editable) return campaignNotFound(c);
    const m = campaignMessagesFor(c.var.member.locale);
    const now = deps.now();
    let campaign: Campaign;
    if (editable.kind === 'published') campaign = editable.campaign;
    else {
      const checked = checkPublishable(editable.content);
      if (!checked.ok) {
        const who = staffContextOf(c);
        const ctx = staffPageContext(who.locale, who.signedIn);
        return c.html(
          <StaffLayout ctx={ctx} title={m.previewTitle(editable.content.slug)}>
            <p>{m.previewNotReady}</p>
            <ul>
              {checked.issues.map((issue) => (
                <li>{m.publishIssues[issue.code]}</li>
              ))}
            </ul>
            <p>
              <a href={`/staff/campaigns/${editable.content.slug}/edit`}>{m.edit}</a>
            </p>
          </StaffLayout>,
        );
      }
      campaign = {
        ...checked.published,
        orgSlug: org.slug,
        slug: editable.content.slug,
        status: 'open',
        totals: {},
        supporters: 0,
        createdAt: editable.draft.createdAt,
      };
    }
    const asked = campaign.locales.find((locale: Locale) => locale === c.req.query('lang'));
    const locale = asked ?? campaign.defaultLocale;
    const ctx = pageContext({
      locale,
      country: org.country,
      publicUrl: deps.publicUrl,
      rest: `/${org.slug}/${campaign.slug}`,
      offered: campaign.locales,
    });
    const page = (
      <CampaignPage
        ctx={ctx}
        org={org}
        campaign={campaign}
        currency={campaign.goal.currency}
        now={now}
        renderMarkdown={await loadMarkdown()}
      />
    ).toString();
    // The public page as it is, marked as a preview at its top and kept out of search engines.
    const note = (
      <p class="notice" role="status" dir={ctx.dir}>
        {m.previewNote}{' '}
        {campaign.locales.map((other) => (
          <>
            <a href={`?lang=${other}`} lang={other}>
              {m.languageNames[other]}
            </a>{' '}
          </>
        ))}
      </p>
    ).toString();
    return c.html(
      page
        .replace('<head>', '<head><meta name="robots" content="noindex"/>')
        .replace(/<body([^>]*)>/, `<body$1>${note}`),
    );
  });

  app.get('/campaigns/:slug/dashboard', requireStaff('campaigns.view'), async (c) => {
    const found = await campaignOfUrl(c);
    if (!found) return campaignNotFound(c);
    const { deps, scope, slug, editable, m } = found;
    const { org } = c.var.staff;
    if (editable.kind === 'draft') {
      return staffPage(c, staffContextOf(c), 200, () => ({
        title: m.board.title(
          pickText(
            {
              [editable.content.defaultLocale]:
                editable.content.text[editable.content.defaultLocale]?.title ?? slug,
            },
            c.var.member.locale,
            editable.content.defaultLocale,
          ),
        ),
        body: m.board.notPublished,
        link: { href: `/staff/campaigns/${slug}/edit`, label: m.edit },
      }));
    }
    const now = deps.now();
    const from = new Date(now.getTime() - 29 * DAY_MS).toISOString().slice(0, 10);
    const dashboard = await readCampaignDashboard(deps.db, scope, slug, {
      role: c.var.member.role,
      period: { from: `${from}T00:00:00.000Z`, to: now.toISOString() },
    });
    return c.html(
      <CampaignDashboardPage who={staffContextOf(c)} dashboard={dashboard} country={org.country} />,
    );
  });
  return app;
}
