import { updateOrgSettings } from '@haven/db';
import { Hono } from 'hono';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { SettingsPage } from '../pages/settings-page';
import { parseSettings } from '../settings-form';

export function settingsRoutes() {
  const app = new Hono<StaffEnv>();

  app.get('/settings', requireStaff('org.settings.edit'), (c) =>
    c.html(
      <SettingsPage
        who={staffContextOf(c)}
        org={c.var.staff.org}
        saved={c.req.query('done') === 'saved'}
      />,
    ),
  );

  app.post('/settings', requireStaff('org.settings.edit'), async (c) => {
    const deps = c.var.staffDeps;
    const parsed = parseSettings(await c.req.parseBody({ all: true }));
    if (!parsed.ok) {
      return c.html(
        <SettingsPage who={staffContextOf(c)} org={c.var.staff.org} invalid={parsed.fields} />,
        422,
      );
    }
    await updateOrgSettings(deps.db, c.var.staff.scope, parsed.patch, deps.now());
    return c.redirect('/staff/settings?done=saved', 303);
  });

  return app;
}
