import { ConflictError, can, isLocale, type Locale, UpdateText } from '@haven/core';
import {
  auditPut,
  createCampaignUpdate,
  findCampaignUpdate,
  listCampaignUpdates,
  publishCampaignUpdate,
  saveCampaignUpdateText,
  scheduleUpdateEmail,
} from '@haven/db';
import { type Context, Hono } from 'hono';
import * as z from 'zod';
import { updateStaffMessagesFor } from '../../i18n/staff-updates';
import { loadMarkdown } from '../../markdown-on-demand';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { campaignNotFound, campaignOfUrl } from '../campaign-editor';
import { CampaignUpdatePage, CampaignUpdatesPage } from '../pages/campaign-updates-page';

type C = Context<StaffEnv>;

/** `datetime-local` sends minutes without a zone; the form says UTC. Empty means now. */
const SendAt = z.union([
  z.literal('').transform(() => undefined),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
    .transform((value) => new Date(`${value}:00Z`)),
]);

const textOf = (body: Record<string, unknown>) =>
  UpdateText.safeParse({ title: body.title, body: body.body });

const langOfBody = (c: C, posted: unknown): Locale =>
  isLocale(posted) ? posted : c.var.member.locale;

/**
 * A campaign's updates: write one per language, preview it, publish it on the campaign page,
 * and email it (now or at a chosen time) to the supporters who asked for news. Only published
 * campaigns take updates; every change carries its audit entry in its own transaction.
 */
export function campaignUpdateRoutes() {
  const app = new Hono<StaffEnv>();

  const listPage = async (c: C, status: 200 | 422 = 200, problem?: string) => {
    const found = await campaignOfUrl(c);
    if (found?.editable.kind !== 'published') return campaignNotFound(c);
    const { campaign } = found.editable;
    const updates = await listCampaignUpdates(found.deps.db, found.scope, found.slug);
    const title =
      campaign.text[c.var.member.locale]?.title ??
      campaign.text[campaign.defaultLocale]?.title ??
      campaign.slug;
    return c.html(
      <CampaignUpdatesPage
        who={staffContextOf(c)}
        slug={found.slug}
        campaignTitle={title}
        updates={updates}
        canEdit={can(c.var.member.role, 'campaigns.edit')}
        problem={problem}
      />,
      status,
    );
  };

  const updatePage = async (
    c: C,
    lang?: Locale,
    status: 200 | 409 | 422 = 200,
    problem?: string,
  ) => {
    const found = await campaignOfUrl(c);
    if (found?.editable.kind !== 'published') return campaignNotFound(c);
    const update = await findCampaignUpdate(
      found.deps.db,
      found.scope,
      found.slug,
      c.req.param('updateId') ?? '',
    );
    if (!update) return campaignNotFound(c);
    const asked = c.req.query('lang');
    return c.html(
      <CampaignUpdatePage
        who={staffContextOf(c)}
        slug={found.slug}
        update={update}
        lang={lang ?? (isLocale(asked) ? asked : found.editable.campaign.defaultLocale)}
        canEdit={can(c.var.member.role, 'campaigns.edit')}
        problem={problem}
        renderMarkdown={await loadMarkdown()}
      />,
      status,
    );
  };

  /** The update the URL names, in the session's organisation; undefined answers 404. */
  const ownUpdate = async (c: C) => {
    const found = await campaignOfUrl(c);
    if (found?.editable.kind !== 'published') return undefined;
    const id = c.req.param('updateId') ?? '';
    const update = await findCampaignUpdate(found.deps.db, found.scope, found.slug, id);
    return update ? { ...found, update } : undefined;
  };

  app.get('/campaigns/:slug/updates', requireStaff('campaigns.view'), (c) => listPage(c));

  app.post('/campaigns/:slug/updates', requireStaff('campaigns.edit'), async (c) => {
    const found = await campaignOfUrl(c);
    if (found?.editable.kind !== 'published') return campaignNotFound(c);
    const body = await c.req.parseBody();
    const text = textOf(body);
    const m = updateStaffMessagesFor(c.var.member.locale);
    if (!text.success) return listPage(c, 422, m.invalid);
    const { db, now } = found.deps;
    const at = now();
    const update = await createCampaignUpdate(
      db,
      found.scope,
      { campaignSlug: found.slug, locale: langOfBody(c, body.lang), text: text.data, now: at },
      (id) =>
        auditPut(
          db,
          c.var.staff.scope,
          { action: 'campaign.update_saved', subject: `${found.slug}/${id}` },
          at,
        ),
    );
    return c.redirect(
      `/staff/campaigns/${found.slug}/updates/${update.id}?lang=${langOfBody(c, body.lang)}`,
      303,
    );
  });

  app.get('/campaigns/:slug/updates/:updateId', requireStaff('campaigns.view'), (c) =>
    updatePage(c),
  );

  app.post('/campaigns/:slug/updates/:updateId', requireStaff('campaigns.edit'), async (c) => {
    const found = await ownUpdate(c);
    if (!found) return campaignNotFound(c);
    const body = await c.req.parseBody();
    const lang = langOfBody(c, body.lang);
    const text = textOf(body);
    if (!text.success)
      return updatePage(c, lang, 422, updateStaffMessagesFor(c.var.member.locale).invalid);
    const { db, now } = found.deps;
    const at = now();
    const subject = `${found.slug}/${found.update.id}`;
    await saveCampaignUpdateText(
      db,
      found.scope,
      { campaignSlug: found.slug, id: found.update.id, locale: lang, text: text.data, now: at },
      auditPut(
        db,
        c.var.staff.scope,
        { action: 'campaign.update_saved', subject, after: { lang } },
        at,
      ),
    );
    return c.redirect(
      `/staff/campaigns/${found.slug}/updates/${found.update.id}?lang=${lang}`,
      303,
    );
  });

  app.post(
    '/campaigns/:slug/updates/:updateId/publish',
    requireStaff('campaigns.edit'),
    async (c) => {
      const found = await ownUpdate(c);
      if (!found) return campaignNotFound(c);
      const { db, now } = found.deps;
      const at = now();
      const subject = `${found.slug}/${found.update.id}`;
      try {
        await publishCampaignUpdate(
          db,
          found.scope,
          { campaignSlug: found.slug, id: found.update.id, now: at },
          auditPut(db, c.var.staff.scope, { action: 'campaign.update_published', subject }, at),
        );
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        return updatePage(c, undefined, 409, updateStaffMessagesFor(c.var.member.locale).conflict);
      }
      return c.redirect(`/staff/campaigns/${found.slug}/updates/${found.update.id}`, 303);
    },
  );

  app.post(
    '/campaigns/:slug/updates/:updateId/email',
    requireStaff('campaigns.edit'),
    async (c) => {
      const found = await ownUpdate(c);
      if (!found) return campaignNotFound(c);
      const m = updateStaffMessagesFor(c.var.member.locale);
      const body = await c.req.parseBody();
      const sendAt = SendAt.safeParse(body.sendAt ?? '');
      if (!sendAt.success || (sendAt.data && Number.isNaN(sendAt.data.getTime()))) {
        return updatePage(c, undefined, 422, m.badDate);
      }
      const { db, now } = found.deps;
      const at = now();
      const due = sendAt.data && sendAt.data > at ? sendAt.data : at;
      const subject = `${found.slug}/${found.update.id}`;
      try {
        await scheduleUpdateEmail(
          db,
          found.scope,
          { campaignSlug: found.slug, id: found.update.id, sendAt: due, now: at },
          auditPut(
            db,
            c.var.staff.scope,
            {
              action: 'campaign.update_email_scheduled',
              subject,
              after: { sendAt: due.toISOString() },
            },
            at,
          ),
        );
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        const message = found.update.status === 'draft' ? m.publishFirst : m.conflict;
        return updatePage(c, undefined, 409, message);
      }
      return c.redirect(`/staff/campaigns/${found.slug}/updates/${found.update.id}`, 303);
    },
  );

  return app;
}
