import { Hono } from 'hono';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { StaffLayout, staffPageContext } from '../layout';

export function homeRoutes() {
  const app = new Hono<StaffEnv>();
  app.get('/', requireStaff('dashboard.view'), (c) => {
    const who = staffContextOf(c);
    const ctx = staffPageContext(who.locale, who.signedIn);
    const { t } = ctx;
    return c.html(
      <StaffLayout ctx={ctx} title={t.home.title}>
        <p>{t.home.signedInAs(t.roles[c.var.member.role])}</p>
      </StaffLayout>,
    );
  });
  return app;
}
