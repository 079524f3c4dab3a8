import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { EXPORT_KEEP_DAYS, ExportJob, type StaffScope } from '@haven/core';
import type { Db } from './client';
import { isConditionFailed } from './conditional';
import { keys, partitions } from './keys';
import type { OrgScope } from './org-scope';
import { queryItems } from './query';

const DAY_S = 86_400;

/**
 * Records an export to prepare. The item's insert is what wakes the export worker (the table
 * stream); until it is done it also sits in the pending list the local stack polls.
 */
export async function createExportJob(db: Db, job: ExportJob): Promise<void> {
  const parsed = ExportJob.parse(job);
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.exportJob(parsed.id),
        ...keys.exportJobsOfOrg(parsed.orgSlug, parsed.createdAt, parsed.id),
        ...keys.pendingExportJob(parsed.createdAt, parsed.id),
        type: 'export',
        ...parsed,
        expiresAt: Math.floor(Date.parse(parsed.createdAt) / 1000) + EXPORT_KEEP_DAYS * DAY_S,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function findExportJob(db: Db, id: string): Promise<ExportJob | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.exportJob(id) }),
  );
  return Item ? ExportJob.parse(Item) : undefined;
}

/** The organisation's recent exports, newest first (they expire after a few days). */
export async function listExportJobs(db: Db, scope: OrgScope, limit = 20): Promise<ExportJob[]> {
  const jobs: ExportJob[] = [];
  const items = queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': partitions.exportJobs(scope.orgSlug) },
    ScanIndexForward: false,
    Limit: limit,
  });
  for await (const item of items) {
    jobs.push(ExportJob.parse(item));
    if (jobs.length >= limit) break;
  }
  return jobs;
}

/** Exports still waiting, oldest first: the local stack's worker loop reads this. */
export async function* listPendingExportJobs(db: Db): AsyncGenerator<ExportJob> {
  const items = queryItems(db, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': partitions.pendingExportJobs() },
  });
  for await (const item of items) yield ExportJob.parse(item);
}

/**
 * Marks a job done (with its file) or failed, once: a redelivered stream record finds it no
 * longer pending and leaves it. Leaving the pending list is removing its gsi2 keys.
 */
export async function finishExportJob(
  db: Db,
  id: string,
  outcome: { status: 'done'; rows: number; objectKey: string } | { status: 'failed' },
  now: Date,
): Promise<boolean> {
  const done = outcome.status === 'done';
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.exportJob(id),
        UpdateExpression: done
          ? 'SET #s = :s, finishedAt = :at, #rows = :rows, objectKey = :key REMOVE gsi2pk, gsi2sk'
          : 'SET #s = :s, finishedAt = :at REMOVE gsi2pk, gsi2sk',
        ConditionExpression: '#s = :pending',
        ExpressionAttributeNames: { '#s': 'status', ...(done ? { '#rows': 'rows' } : {}) },
        ExpressionAttributeValues: {
          ':s': outcome.status,
          ':at': now.toISOString(),
          ':pending': 'pending',
          ...(done ? { ':rows': outcome.rows, ':key': outcome.objectKey } : {}),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** A job of the session's organisation, or undefined: another organisation's id is not found. */
export async function findScopedExportJob(
  db: Db,
  scope: StaffScope,
  id: string,
): Promise<ExportJob | undefined> {
  const job = await findExportJob(db, id);
  return job?.orgSlug === scope.orgSlug ? job : undefined;
}
