import {
  ConflictError,
  fiscalYear,
  fiscalYearOf,
  intlLocale,
  statementPeriodLabel,
} from '@haven/core';
import {
  askStatementEmail,
  askStatementEmails,
  auditPut,
  emailKey,
  findStatementRun,
  listDonorPayments,
} from '@haven/db';
import { type Context, Hono } from 'hono';
import * as z from 'zod';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { StatementsFormPage } from '../pages/statements-form-page';
import { StatementYear } from './finance-statements';

const SendOne = z.object({ email: z.email().max(254), year: StatementYear });
const SendAll = z.object({ year: StatementYear });

/**
 * Statements leave through the outbox: one donor's when finance staff press its button, every
 * donor's of a year from the statements page. The audit entry names the period, never a donor.
 */
export function financeStatementSendingRoutes() {
  const app = new Hono<StaffEnv>();

  app.post('/finance/statements/send', requireStaff('finance.export'), async (c) => {
    const { db, now } = c.var.staffDeps;
    const { scope, org } = c.var.staff;
    const parsed = SendOne.safeParse(await c.req.parseBody());
    const at = now();
    if (!parsed.success) return refused(c, 'bad');
    const period = fiscalYear(parsed.data.year, org.fiscalYearStartMonth ?? 1);
    // Nothing to state: refused here rather than queued to fail in the outbox.
    const gave = await listDonorPayments(db, scope, parsed.data.email, period).next();
    if (gave.done) return refused(c, 'noGift', 422);
    const audit = auditPut(
      db,
      scope,
      { action: 'finance.statement_sent', subject: `${period.from}..${period.to}` },
      at,
    );
    await ignoringRepeat(() =>
      askStatementEmail(
        db,
        scope,
        { emailKey: emailKey(parsed.data.email), period, now: at },
        audit,
      ),
    );
    return c.redirect(`/staff/finance/statements?year=${parsed.data.year}&done=sent`, 303);
  });

  app.post('/finance/statements/send-all', requireStaff('finance.export'), async (c) => {
    const { db, now } = c.var.staffDeps;
    const { scope, org } = c.var.staff;
    const parsed = SendAll.safeParse(await c.req.parseBody());
    const at = now();
    if (!parsed.success) return refused(c, 'badYear');
    const period = fiscalYear(parsed.data.year, org.fiscalYearStartMonth ?? 1);
    const audit = auditPut(
      db,
      scope,
      { action: 'finance.statements_sent', subject: `${period.from}..${period.to}` },
      at,
    );
    await ignoringRepeat(() => askStatementEmails(db, scope, { period, now: at }, audit));
    return c.redirect(`/staff/finance/statements?year=${parsed.data.year}&done=queued`, 303);
  });

  return app;
}

/** The same request a moment ago (a double click) asked for it already: once is enough. */
async function ignoringRepeat(ask: () => Promise<void>) {
  try {
    await ask();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}

async function refused(
  c: Context<StaffEnv>,
  problem: 'bad' | 'badYear' | 'noGift',
  status: 400 | 422 = 400,
) {
  const { db, now } = c.var.staffDeps;
  const org = c.var.staff.org;
  const who = staffContextOf(c);
  const startMonth = org.fiscalYearStartMonth ?? 1;
  const year = fiscalYearOf(now(), startMonth) - 1;
  const period = fiscalYear(year, startMonth);
  return c.html(
    <StatementsFormPage
      who={who}
      year={year}
      label={statementPeriodLabel(period, intlLocale(who.locale, org.country))}
      run={await findStatementRun(db, c.var.staff.scope, period.from)}
      problem={problem}
    />,
    status,
  );
}
