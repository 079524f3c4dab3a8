import { can } from '@haven/core';
import { Hono } from 'hono';
import { connectMode } from '../../deps';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { StaffLayout, staffPageContext } from '../layout';
import { StripeStatusLine } from '../pages/stripe-status-line';

export function homeRoutes() {
  const app = new Hono<StaffEnv>();
  app.get('/', requireStaff('dashboard.view'), (c) => {
    const who = staffContextOf(c);
    const ctx = staffPageContext(who.locale, who.signedIn);
    const { t } = ctx;
    return c.html(
      <StaffLayout ctx={ctx} title={t.home.title}>
        <p>{t.home.signedInAs(t.roles[c.var.member.role])}</p>
        <StripeStatusLine
          locale={who.locale}
          connect={connectMode(c.var.staffDeps)}
          connection={c.var.staff.org.stripeAccount}
          canConnect={can(c.var.member.role, 'payments.connect')}
        />
      </StaffLayout>,
    );
  });
  return app;
}
