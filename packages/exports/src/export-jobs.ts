import { randomBytes } from 'node:crypto';
import { type ExportFilter, type ExportJob, type ExportKind, exportFilename } from '@haven/core';
import {
  createExportJob,
  type Db,
  findExportJob,
  finishExportJob,
  listPendingExportJobs,
  type OrgScope,
} from '@haven/db';
import { errorFields, logger } from '@haven/log';
import { exportCsv } from './export-kinds';
import { type ExportStore, uploadExport } from './export-store';

export type ExportDeps = { db: Db; store: ExportStore; now: () => Date };

/** Records an export to prepare in the background; the worker picks it up from the stream. */
export async function requestExport(
  db: Db,
  request: {
    scope: OrgScope & ExportJob['requestedBy'];
    kind: ExportKind;
    filter: ExportFilter;
    now: Date;
  },
): Promise<ExportJob> {
  const job: ExportJob = {
    orgSlug: request.scope.orgSlug,
    id: randomBytes(16).toString('base64url'),
    kind: request.kind,
    filter: request.filter,
    requestedBy: {
      memberId: request.scope.memberId,
      role: request.scope.role,
      locale: request.scope.locale,
    },
    status: 'pending',
    createdAt: request.now.toISOString(),
  };
  await createExportJob(db, job);
  return job;
}

/** Where a job's file lives: under its organisation, named by the job's unguessable id. */
export const exportObjectKey = (job: Pick<ExportJob, 'orgSlug' | 'id'>) =>
  `exports/${job.orgSlug}/${job.id}.csv`;

export const exportJobFilename = (job: Pick<ExportJob, 'orgSlug' | 'kind' | 'filter'>) =>
  exportFilename(job.kind, job.orgSlug, job.filter);

/**
 * Prepares one export: streams its CSV into the bucket, then marks it done with its row count.
 * Run again for the same job (a redelivered stream record), it overwrites the same object with
 * the same bytes and the "done" write, conditional on the job still pending, is made once.
 */
export async function runExportJob(deps: ExportDeps, id: string): Promise<void> {
  const job = await findExportJob(deps.db, id);
  if (job?.status !== 'pending') return;
  const key = exportObjectKey(job);
  try {
    const tally = { rows: 0 };
    const request = { kind: job.kind, filter: job.filter, ...job.requestedBy };
    const csv = exportCsv(deps.db, job, request, tally);
    await uploadExport(deps.store, key, csv);
    const rows = tally.rows;
    await finishExportJob(deps.db, id, { status: 'done', rows, objectKey: key }, deps.now());
    logger.info('export prepared', { exportId: id, rows });
  } catch (error) {
    logger.error('export failed', { exportId: id, ...errorFields(error) });
    await finishExportJob(deps.db, id, { status: 'failed' }, deps.now());
  }
}

/** Every export still waiting, one after the other: the local stack's loop and the tests. */
export async function runPendingExports(deps: ExportDeps): Promise<number> {
  let ran = 0;
  for await (const job of listPendingExportJobs(deps.db)) {
    await runExportJob(deps, job.id);
    ran += 1;
  }
  return ran;
}
