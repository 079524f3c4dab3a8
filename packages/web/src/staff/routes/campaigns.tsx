import { ConflictError, can, type Locale, ValidationError } from '@haven/core';
import {
  auditPut,
  closeCampaign,
  createCampaignDraft,
  findEditableCampaign,
  listOrgCampaigns,
  publishCampaignDraft,
  saveCampaignDraft,
  savePublishedCampaign,
} from '@haven/db';
import { Hono } from 'hono';
import { type CampaignFormErrors, parseCampaignForm } from '../../campaign-editor-form';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import {
  campaignNotFound,
  campaignOfUrl,
  intlOf,
  langOf,
  publishIssuesOf,
  showEditor,
  Version,
} from '../campaign-editor';
import { valuesOfPost } from '../campaign-form-values';
import { CampaignEditorPage } from '../pages/campaign-editor-page';
import { CampaignListPage } from '../pages/campaign-list-page';
import { campaignCoverRoutes } from './campaign-cover';
import { campaignViewRoutes } from './campaign-views';

const editPath = (slug: string, lang: Locale, done: string) =>
  `/staff/campaigns/${slug}/edit?lang=${lang}&done=${done}`;

/**
 * The campaign pages: the list, a new draft, the editor (one language's text at a time, the
 * others carried along), publish and close. Every change goes through @haven/db with the
 * session's scope and its audit entry in the same transaction.
 */
export function campaignRoutes() {
  const app = new Hono<StaffEnv>();

  app.get('/campaigns', requireStaff('campaigns.view'), async (c) => {
    const campaigns = await listOrgCampaigns(c.var.staffDeps.db, c.var.staff.scope);
    return c.html(
      <CampaignListPage
        who={staffContextOf(c)}
        campaigns={campaigns}
        canEdit={can(c.var.member.role, 'campaigns.edit')}
      />,
    );
  });

  app.get('/campaigns/new', requireStaff('campaigns.edit'), (c) => {
    const org = c.var.staff.org;
    return c.html(
      <CampaignEditorPage
        who={staffContextOf(c)}
        values={{
          defaultLocale: org.defaultLocale,
          currencies: (org.currencies ?? []).join(' '),
        }}
        lang={langOf(c)}
        canPublish={false}
        uploads={c.var.staffDeps.media !== undefined}
      />,
    );
  });

  app.post('/campaigns', requireStaff('campaigns.edit'), async (c) => {
    const deps = c.var.staffDeps;
    const body = await c.req.parseBody();
    const lang = langOf(c, body.lang);
    const parsed = parseCampaignForm(body, intlOf(c));
    const again = (status: 409 | 422, page: { errors?: CampaignFormErrors; problem?: string }) =>
      c.html(
        <CampaignEditorPage
          who={staffContextOf(c)}
          values={valuesOfPost(body)}
          lang={lang}
          canPublish={false}
          uploads={deps.media !== undefined}
          {...page}
        />,
        status,
      );
    if (!parsed.ok) return again(422, { errors: parsed.errors });
    const now = deps.now();
    const { scope } = c.var.staff;
    try {
      const audit = auditPut(
        deps.db,
        scope,
        { action: 'campaign.created', subject: parsed.content.slug },
        now,
      );
      await createCampaignDraft(deps.db, scope, parsed.content, now, audit);
    } catch (error) {
      if (error instanceof ConflictError) {
        return again(409, { problem: campaignMessagesFor(c.var.member.locale).conflict });
      }
      throw error;
    }
    return c.redirect(editPath(parsed.content.slug, lang, 'created'), 303);
  });

  app.get('/campaigns/:slug/edit', requireStaff('campaigns.edit'), async (c) => {
    const editable = await findEditableCampaign(
      c.var.staffDeps.db,
      c.var.staff.scope,
      c.req.param('slug'),
    );
    if (!editable) return campaignNotFound(c);
    const m = campaignMessagesFor(c.var.member.locale);
    const done = c.req.query('done');
    const notices: Record<string, string> = m.done;
    return showEditor(c, editable, { notice: done ? notices[done] : undefined });
  });

  app.post('/campaigns/:slug', requireStaff('campaigns.edit'), async (c) => {
    const deps = c.var.staffDeps;
    const { scope } = c.var.staff;
    const slug = c.req.param('slug');
    const editable = await findEditableCampaign(deps.db, scope, slug);
    if (!editable) return campaignNotFound(c);
    const body = await c.req.parseBody();
    const lang = langOf(c, body.lang);
    const m = campaignMessagesFor(c.var.member.locale);
    const parsed = parseCampaignForm(body, intlOf(c));
    const version = Version.safeParse(body.version);
    const values = valuesOfPost(body);
    if (!parsed.ok)
      return showEditor(c, editable, { status: 422, values, errors: parsed.errors, lang });
    if (!version.success)
      return showEditor(c, editable, { status: 409, values, problem: m.conflict, lang });
    const now = deps.now();
    const audit = auditPut(
      deps.db,
      scope,
      {
        action: 'campaign.saved',
        subject: parsed.content.slug,
        before: { slug, version: version.data },
        after: { slug: parsed.content.slug, version: version.data + 1 },
      },
      now,
    );
    const edit = { content: parsed.content, expectedVersion: version.data, now, audit };
    try {
      if (editable.kind === 'draft') await saveCampaignDraft(deps.db, scope, slug, edit);
      else await savePublishedCampaign(deps.db, scope, slug, edit);
    } catch (error) {
      if (error instanceof ConflictError) {
        return showEditor(c, editable, { status: 409, values, problem: m.conflict, lang });
      }
      if (error instanceof ValidationError && publishIssuesOf(error).length > 0) {
        return showEditor(c, editable, {
          status: 422,
          values,
          problem: m.publish.notReady,
          issues: publishIssuesOf(error),
          lang,
        });
      }
      throw error;
    }
    return c.redirect(editPath(parsed.content.slug, lang, 'saved'), 303);
  });

  app.post('/campaigns/:slug/publish', requireStaff('campaigns.publish'), async (c) => {
    const found = await campaignOfUrl(c);
    if (!found) return campaignNotFound(c);
    const { deps, scope, slug, editable, m } = found;
    const version = Version.safeParse((await c.req.parseBody()).version);
    if (editable.kind !== 'draft' || !version.success) {
      return showEditor(c, editable, { status: 409, problem: m.conflict });
    }
    const now = deps.now();
    try {
      await publishCampaignDraft(deps.db, scope, slug, {
        expectedVersion: version.data,
        now,
        audit: auditPut(deps.db, scope, { action: 'campaign.published', subject: slug }, now),
      });
    } catch (error) {
      if (error instanceof ConflictError) {
        return showEditor(c, editable, { status: 409, problem: m.conflict });
      }
      if (error instanceof ValidationError) {
        return showEditor(c, editable, {
          status: 422,
          problem: m.publish.notReady,
          issues: publishIssuesOf(error),
        });
      }
      throw error;
    }
    return c.redirect(editPath(slug, langOf(c), 'published'), 303);
  });

  app.post('/campaigns/:slug/close', requireStaff('campaigns.publish'), async (c) => {
    const found = await campaignOfUrl(c);
    if (!found) return campaignNotFound(c);
    const { deps, scope, slug, editable, m } = found;
    if (editable.kind === 'draft')
      return showEditor(c, editable, { status: 409, problem: m.conflict });
    const now = deps.now();
    try {
      const audit = auditPut(deps.db, scope, { action: 'campaign.closed', subject: slug }, now);
      await closeCampaign(deps.db, scope, slug, now, audit);
    } catch (error) {
      if (error instanceof ConflictError) {
        return showEditor(c, editable, { status: 409, problem: m.conflict });
      }
      throw error;
    }
    return c.redirect(editPath(slug, langOf(c), 'closed'), 303);
  });

  app.route('/', campaignCoverRoutes());
  app.route('/', campaignViewRoutes());
  return app;
}
