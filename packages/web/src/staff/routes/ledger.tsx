import { ValidationError } from '@haven/core';
import { ledgerPage, listAccountOverrides } from '@haven/db';
import { Hono } from 'hono';
import * as z from 'zod';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { LedgerPage } from '../pages/ledger-page';

const Day = z.iso.date();
const Query = z.object({ from: Day, to: Day, page: z.string().max(2_000).optional() });
const PAGE_SIZE = 50;

/** The ledger by period, for finance and owners, page by page from its monthly Query. */
export function ledgerRoutes() {
  const app = new Hono<StaffEnv>();

  app.get('/ledger', requireStaff('finance.view'), async (c) => {
    const { db, now } = c.var.staffDeps;
    const today = now().toISOString().slice(0, 10);
    const monthStart = `${today.slice(0, 7)}-01`;
    const asked = Query.safeParse({
      from: c.req.query('from') ?? monthStart,
      to: c.req.query('to') ?? nextDay(today),
      page: c.req.query('page'),
    });
    const who = staffContextOf(c);
    const country = c.var.staff.org.country;
    const invalid = (period: { from: string; to: string }) =>
      c.html(
        <LedgerPage
          who={who}
          country={country}
          period={period}
          entries={[]}
          next={undefined}
          invalid
        />,
        400,
      );
    if (!asked.success || asked.data.from >= asked.data.to) {
      return invalid({ from: monthStart, to: nextDay(today) });
    }
    const period = { from: asked.data.from, to: asked.data.to };
    try {
      const { entries, next } = await ledgerPage(db, c.var.staff.scope, period, {
        limit: PAGE_SIZE,
        cursor: asked.data.page,
      });
      const accountNames = await listAccountOverrides(db, c.var.staff.scope);
      return c.html(
        <LedgerPage
          who={who}
          country={country}
          period={period}
          entries={entries}
          next={next}
          accountNames={accountNames}
        />,
      );
    } catch (error) {
      if (error instanceof ValidationError) return invalid(period);
      throw error;
    }
  });

  return app;
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
