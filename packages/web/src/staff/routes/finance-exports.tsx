import { DIRECT_EXPORT_ROWS, exportFilename, pickText } from '@haven/core';
import { listExportJobs, listOrgCampaigns, recordAudit } from '@haven/db';
import {
  exceedsRows,
  exportCsv,
  exportJobFilename,
  exportLink,
  requestExport,
} from '@haven/exports';
import { errorFields, logger } from '@haven/log';
import { type Context, Hono } from 'hono';
import { stream } from 'hono/streaming';
import { PERSONAL } from '../../cache-policy';
import { exportMessagesFor } from '../../i18n/staff-exports';
import { requireStaff, type StaffEnv, staffContextOf } from '../access';
import { parseExportRequest } from '../finance/export-form';
import { ExportsPage } from '../pages/exports-page';

/** The finance exports: the page with its form, and the file it posts for. */
export function financeExportRoutes() {
  const app = new Hono<StaffEnv>();

  app.get('/finance/exports', requireStaff('finance.export'), async (c) => exportsPage(c, 200));

  app.post('/finance/exports', requireStaff('finance.export'), async (c) => {
    const { db, now } = c.var.staffDeps;
    const { scope } = c.var.staff;
    const parsed = parseExportRequest(await c.req.parseBody());
    const campaigns = await listOrgCampaigns(db, scope);
    const campaign = parsed.data?.filter.campaign;
    if (!parsed.success || (campaign && !campaigns.some((one) => one.slug === campaign))) {
      return exportsPage(c, 400, true);
    }
    const { kind, filter } = parsed.data;
    await recordAudit(
      db,
      c.var.staff.scope,
      { action: 'finance.exported', subject: kind, after: { ...filter } },
      now(),
    );
    const member = c.var.member;
    const request = { kind, filter, role: member.role, locale: member.locale };
    const background = c.var.staffDeps.exports;
    const limit = background?.directExportRows ?? DIRECT_EXPORT_ROWS;
    if (background && (await exceedsRows(db, scope, request, limit))) {
      await requestExport(db, { scope: member, kind, filter, now: now() });
      return c.redirect('/staff/finance/exports?queued=1', 303);
    }
    const csv = exportCsv(db, scope, request);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="${exportFilename(kind, scope.orgSlug, filter)}"`,
    );
    c.header('Cache-Control', PERSONAL);
    c.header('X-Content-Type-Options', 'nosniff');
    return stream(
      c,
      async (out) => {
        for await (const chunk of csv) await out.write(chunk);
      },
      async (error) => {
        // The status is sent already: the download ends short and the browser reports it failed.
        logger.error('export failed while streaming', errorFields(error));
        csv.destroy();
      },
    );
  });

  return app;
}

async function exportsPage(c: Context<StaffEnv>, status: 200 | 400, badFilter = false) {
  const { db, exports } = c.var.staffDeps;
  const who = staffContextOf(c);
  const [campaigns, jobs] = await Promise.all([
    listOrgCampaigns(db, c.var.staff.scope),
    exports ? listExportJobs(db, c.var.staff.scope) : Promise.resolve([]),
  ]);
  // Links are signed at each view, for a few minutes: the page is the way to a file.
  const lines = await Promise.all(
    jobs.map(async (job) => ({
      id: job.id,
      createdAt: job.createdAt,
      status: job.status,
      rows: job.rows,
      link:
        exports && job.objectKey
          ? await exportLink(exports.store, job.objectKey, exportJobFilename(job))
          : undefined,
    })),
  );
  const org = c.var.staff.org;
  return c.html(
    <ExportsPage
      who={who}
      m={exportMessagesFor(who.locale)}
      badFilter={badFilter}
      campaigns={campaigns.map((one) => ({
        slug: one.slug,
        title: pickText(one.titles, who.locale, one.defaultLocale) || one.slug,
      }))}
      currencies={org.currencies ?? (org.defaultCurrency ? [org.defaultCurrency] : [])}
      today={c.var.staffDeps.now().toISOString().slice(0, 10)}
      queued={c.req.query('queued') === '1'}
      jobs={lines}
      directLimit={exports ? (exports.directExportRows ?? DIRECT_EXPORT_ROWS) : undefined}
    />,
    status,
  );
}
