import { ValidationError } from '@haven/core';
import { updateOrgSettings } from '@haven/db';
import { storeCover } from '@haven/media';
import { Hono } from 'hono';
import { campaignMessagesFor } from '../../i18n/staff-campaigns';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { isImageProblem } from '../image-problems';
import { SettingsPage } from '../pages/settings-page';
import { staffPage } from '../render';

/**
 * The organisation's logo: the same checks and re-encoding as a campaign cover (it is stored as
 * one, under the organisation's name), then the settings point at it, audited like any change.
 */
export function logoRoutes() {
  const app = new Hono<StaffEnv>();
  app.post('/settings/logo', requireStaff('org.settings.edit'), async (c) => {
    const deps = c.var.staffDeps;
    const m = campaignMessagesFor(c.var.member.locale);
    const file = (await c.req.parseBody()).logo;
    const bytes =
      file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const refuse = (problem: string) =>
      c.html(
        <SettingsPage who={staffContextOf(c)} org={c.var.staff.org} logoProblem={problem} />,
        422,
      );
    if (bytes.length === 0) return refuse(m.imageProblems.empty);
    if (!deps.media) {
      return staffPage(c, staffContextOf(c), 503, () => ({
        title: m.logo.title,
        body: m.cover.noStorage,
      }));
    }
    let path: string;
    try {
      path = (await storeCover(deps.media, c.var.staff.scope, bytes)).path;
    } catch (error) {
      const code = error instanceof ValidationError ? error.issues[0]?.message : undefined;
      if (!isImageProblem(code)) throw error;
      return refuse(m.imageProblems[code]);
    }
    await updateOrgSettings(
      deps.db,
      c.var.staff.scope,
      { logoUrl: `${deps.publicUrl}${path}` },
      deps.now(),
    );
    return c.redirect('/staff/settings?done=saved', 303);
  });
  return app;
}
