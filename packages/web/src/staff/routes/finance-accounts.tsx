import {
  ACCOUNT_CODES,
  type AccountCode,
  ConflictError,
  can,
  chartOfAccounts,
  type PostedAccount,
  planAccountRenames,
} from '@haven/core';
import { listAccountOverrides, renameAccounts } from '@haven/db';
import { type Context, Hono } from 'hono';
import * as z from 'zod';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { AccountsPage } from '../pages/accounts-page';

/** A field as posted: text, and never more than a page could hold (the plan checks the rest). */
const Field = z.string().max(1_000).optional().default('');
const ChartForm = z.object(
  Object.fromEntries(
    ACCOUNT_CODES.flatMap((code) => [
      [`number_${code}`, Field],
      [`name_${code}`, Field],
    ]),
  ),
);

/** The posted form per account; an account whose fields were not posted is left alone. */
function postedAccounts(body: Record<string, unknown>) {
  const parsed = ChartForm.safeParse(body);
  if (!parsed.success) return undefined;
  const posted: Partial<Record<AccountCode, PostedAccount>> = {};
  for (const code of ACCOUNT_CODES) {
    if (body[`number_${code}`] === undefined && body[`name_${code}`] === undefined) continue;
    posted[code] = {
      number: String(parsed.data[`number_${code}`] ?? ''),
      name: String(parsed.data[`name_${code}`] ?? ''),
    };
  }
  return posted;
}

/** The chart of accounts, renamed to match the organisation's books by owners and finance. */
export function financeAccountRoutes() {
  const app = new Hono<StaffEnv>();

  const page = async (
    c: Context<StaffEnv>,
    extra: Omit<Parameters<typeof AccountsPage>[0], 'who' | 'chart' | 'canRename'> = {},
    status: 200 | 409 | 422 = 200,
  ) => {
    const overrides = await listAccountOverrides(c.var.staffDeps.db, c.var.staff.scope);
    const who = staffContextOf(c);
    return c.html(
      <AccountsPage
        who={who}
        chart={chartOfAccounts(overrides, who.locale)}
        canRename={can(c.var.member.role, 'finance.accounts.rename')}
        {...extra}
      />,
      status,
    );
  };

  app.get('/finance/accounts', requireStaff('finance.view'), (c) =>
    page(c, c.req.query('done') === 'saved' ? { notice: 'saved' } : {}),
  );

  app.post('/finance/accounts', requireStaff('finance.accounts.rename'), async (c) => {
    const { db, now } = c.var.staffDeps;
    const scope = c.var.staff.scope;
    const posted = postedAccounts(await c.req.parseBody());
    if (!posted) return page(c, { notice: 'invalid' }, 422);
    const overrides = await listAccountOverrides(db, scope);
    const plan = planAccountRenames(overrides, posted, c.var.member.locale);
    if (!plan.ok) return page(c, { notice: 'invalid', invalid: plan.invalid, typed: posted }, 422);
    try {
      await renameAccounts(db, scope, plan.renames, now());
    } catch (error) {
      if (error instanceof ConflictError) return page(c, { notice: 'conflict' }, 409);
      throw error;
    }
    return c.redirect('/staff/finance/accounts?done=saved', 303);
  });

  return app;
}
