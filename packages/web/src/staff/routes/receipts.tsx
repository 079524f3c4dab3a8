import { findGiftOfOrg } from '@haven/db';
import { Hono } from 'hono';
import { giftViews } from '../../donor/gift-views';
import { donorPageContext } from '../../donor/layout';
import { ReceiptPage } from '../../donor/pages/receipt-page';
import { staffMessagesFor } from '../../i18n/staff';
import { notFound } from '../../routes/page-paths';
import { requireStaff, type StaffEnv } from '../access';

/**
 * A receipt reproduced for the organisation (an audit, a lost email, a donor since erased): as
 * issued, in the donor's language, erased fields marked. Finance's, who see donors' names.
 */
export function receiptRoutes() {
  const app = new Hono<StaffEnv>();
  app.get('/receipts/:pledgeId/:receiptNumber', requireStaff('donors.seeNames'), async (c) => {
    const deps = c.var.staffDeps;
    const gift = await findGiftOfOrg(deps.db, c.var.staff.scope, c.req.param('pledgeId'));
    const payment = gift?.payments.find((p) => p.receiptNumber === c.req.param('receiptNumber'));
    if (!gift || !payment) return notFound(c, deps);
    const ctx = donorPageContext(payment.locale, '/gifts');
    const [view] = await giftViews(deps.db, [gift], payment.locale);
    if (!view) return notFound(c, deps);
    return c.html(
      <ReceiptPage
        ctx={ctx}
        gift={view}
        payment={payment}
        back={{ href: '/staff', label: staffMessagesFor(c.var.member.locale).nav.home }}
      />,
    );
  });
  return app;
}
