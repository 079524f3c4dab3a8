import { randomUUID } from 'node:crypto';
import { can, NotConfiguredError, parseMajorUnits, ValidationError } from '@haven/core';
import { findScopedPayment } from '@haven/db';
import { refundPayment } from '@haven/donations';
import { Hono } from 'hono';
import * as z from 'zod';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { PaymentPage } from '../pages/payment-page';

const RefundForm = z.object({
  amount: z.string().max(40),
  reason: z.enum(['requested_by_customer', 'duplicate', 'fraudulent']),
  formId: z.uuid(),
});

/** A gift's page for finance (and owners), and the refund finance staff may make from it. */
export function paymentRoutes() {
  const app = new Hono<StaffEnv>();

  app.get('/payments/:pledgeId', requireStaff('finance.view'), async (c) => {
    const { db } = c.var.staffDeps;
    const payment = await findScopedPayment(db, c.var.staff.scope, c.req.param('pledgeId'));
    if (!payment) return c.notFound();
    const done = c.req.query('done');
    return c.html(
      <PaymentPage
        who={staffContextOf(c)}
        payment={payment}
        country={c.var.staff.org.country}
        canRefund={can(c.var.member.role, 'finance.refund')}
        formId={randomUUID()}
        notice={done === 'refunded' ? 'done' : undefined}
      />,
    );
  });

  app.post('/payments/:pledgeId/refund', requireStaff('finance.refund'), async (c) => {
    const deps = c.var.staffDeps;
    const { scope } = c.var.staff;
    const payment = await findScopedPayment(deps.db, scope, c.req.param('pledgeId'));
    if (!payment) return c.notFound();
    const refused = (notice: 'invalid' | 'noAccount', status: 409 | 422) =>
      c.html(
        <PaymentPage
          who={staffContextOf(c)}
          payment={payment}
          country={c.var.staff.org.country}
          canRefund
          formId={randomUUID()}
          notice={notice}
        />,
        status,
      );
    const invalid = () => refused('invalid', 422);
    const form = RefundForm.safeParse(await c.req.parseBody());
    const amount = form.success
      ? parseMajorUnits(form.data.amount, payment.currency, c.var.member.locale)
      : undefined;
    if (!form.success || amount === undefined || !deps.payments) return invalid();
    try {
      await refundPayment({ db: deps.db, payments: deps.payments, now: deps.now() }, scope, {
        pledgeId: payment.pledgeId,
        amount,
        reason: form.data.reason,
        formId: form.data.formId,
      });
    } catch (error) {
      if (error instanceof ValidationError) return invalid();
      if (error instanceof NotConfiguredError) return refused('noAccount', 409);
      throw error;
    }
    return c.redirect(`/staff/payments/${payment.pledgeId}?done=refunded`, 303);
  });

  return app;
}
