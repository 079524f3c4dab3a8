import {
  fiscalYear,
  fiscalYearOf,
  intlLocale,
  type Locale,
  type StatementPayment,
  statementLines,
  statementPeriodLabel,
} from '@haven/core';
import { findStatementRun, listDonorPayments } from '@haven/db';
import { Hono } from 'hono';
import * as z from 'zod';
import { statementSendMessagesFor } from '../../i18n/staff-statements';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { StatementPage } from '../pages/statement-page';
import { StatementsFormPage } from '../pages/statements-form-page';

export const StatementYear = z.coerce.number().int().min(2000).max(2100);
const StatementQuery = z.object({ email: z.email().max(254), year: StatementYear });
const Notice = z.enum(['queued', 'sent']).optional().catch(undefined);

/**
 * A donor's yearly statement for finance staff (and owners) to print or send: the form asks
 * for the donor's address and a year, which is the organisation's fiscal year named by the
 * year it starts in (the calendar year unless settings say otherwise); the statement is in the
 * donor's language. The same page sends every donor of the year theirs (sending: its own file).
 */
export function financeStatementRoutes() {
  const app = new Hono<StaffEnv>();
  app.get('/finance/statements', requireStaff('finance.export'), async (c) => {
    const { db, now } = c.var.staffDeps;
    const who = staffContextOf(c);
    const org = c.var.staff.org;
    const startMonth = org.fiscalYearStartMonth ?? 1;
    const asked = c.req.query('email') !== undefined;
    const parsed = StatementQuery.safeParse(c.req.query());
    if (!parsed.success) {
      // The last year that has ended is the one statements are usually for.
      const askedYear = StatementYear.safeParse(c.req.query('year'));
      const year = askedYear.success ? askedYear.data : fiscalYearOf(now(), startMonth) - 1;
      const period = fiscalYear(year, startMonth);
      return c.html(
        <StatementsFormPage
          who={who}
          year={year}
          label={statementPeriodLabel(period, intlLocale(who.locale, org.country))}
          run={await findStatementRun(db, c.var.staff.scope, period.from)}
          notice={Notice.parse(c.req.query('done'))}
          {...(asked ? { problem: 'bad' as const } : {})}
        />,
        asked ? 400 : 200,
      );
    }
    const { email, year } = parsed.data;
    const period = fiscalYear(year, startMonth);
    const payments: StatementPayment[] = [];
    let locale: Locale = org.defaultLocale;
    let donorName = email;
    for await (const payment of listDonorPayments(db, c.var.staff.scope, email, period)) {
      payments.push(payment);
      // The donor's latest gift says which language they read and the name they gave.
      locale = payment.locale;
      donorName = payment.donorName ?? donorName;
    }
    return c.html(
      <StatementPage
        org={org}
        locale={locale}
        donorName={donorName}
        period={statementPeriodLabel(period, intlLocale(locale, org.country))}
        lines={statementLines(payments)}
        receipts={payments.flatMap((p) => (p.receiptNumber ? [p.receiptNumber] : []))}
        {...(payments.length > 0
          ? {
              send: {
                csrfToken: who.signedIn.csrfToken,
                email,
                year,
                label: statementSendMessagesFor(who.locale).sendOne,
              },
            }
          : {})}
      />,
    );
  });
  return app;
}
