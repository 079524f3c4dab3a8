import { calendarYear, type Locale, type StatementPayment, statementLines } from '@haven/core';
import { listDonorPayments } from '@haven/db';
import { Hono } from 'hono';
import * as z from 'zod';
import { exportMessagesFor } from '../../i18n/staff-exports';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { StaffLayout, staffPageContext } from '../layout';
import { StatementPage } from '../pages/statement-page';

const StatementQuery = z.object({
  email: z.email().max(254),
  year: z.coerce.number().int().min(2000).max(2100),
});

/**
 * A donor's yearly statement for finance staff (and owners) to print or send: the form asks
 * for the donor's address and a calendar year; the statement is in the donor's language.
 */
export function financeStatementRoutes() {
  const app = new Hono<StaffEnv>();
  app.get('/finance/statements', requireStaff('finance.export'), async (c) => {
    const { db, now } = c.var.staffDeps;
    const who = staffContextOf(c);
    const m = exportMessagesFor(who.locale);
    const asked = c.req.query('email') !== undefined;
    const parsed = StatementQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const ctx = staffPageContext(who.locale, who.signedIn);
      const year = String(now().getUTCFullYear() - 1);
      return c.html(
        <StaffLayout ctx={ctx} title={m.statements.title}>
          <p>{m.statements.intro}</p>
          {asked && (
            <p class="error" role="alert">
              {m.statements.bad}
            </p>
          )}
          <form method="get" action="/staff/finance/statements">
            <label>
              {m.statements.email}
              <input type="email" name="email" required dir="ltr" />
            </label>
            <label>
              {m.statements.year}
              <input type="number" name="year" value={year} min="2000" max="2100" required />
            </label>
            <button type="submit">{m.statements.show}</button>
          </form>
        </StaffLayout>,
        asked ? 400 : 200,
      );
    }
    const { email, year } = parsed.data;
    const payments: StatementPayment[] = [];
    let locale: Locale = c.var.staff.org.defaultLocale;
    let donorName = email;
    for await (const payment of listDonorPayments(db, c.var.staff.scope, email, {
      ...calendarYear(year),
    })) {
      payments.push(payment);
      // The donor's latest gift says which language they read and the name they gave.
      locale = payment.locale;
      donorName = payment.donorName ?? donorName;
    }
    return c.html(
      <StatementPage
        org={c.var.staff.org}
        locale={locale}
        donorName={donorName}
        year={year}
        lines={statementLines(payments)}
        receipts={payments.flatMap((p) => (p.receiptNumber ? [p.receiptNumber] : []))}
      />,
    );
  });
  return app;
}
