import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditAction, AuditEntry, type StaffScope } from '@haven/core';
import type { Db } from '../client';
import { keys } from '../keys';
import { queryItems } from '../query';
import type { TransactItem } from './transact';

export type AuditChange = {
  action: AuditAction;
  subject: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
};

/** The audit entry of a change, as one more item of the change's own transaction. */
export function auditPut(db: Db, scope: StaffScope, change: AuditChange, now: Date): TransactItem {
  const entry = AuditEntry.parse({
    orgSlug: scope.orgSlug,
    id: randomUUID(),
    at: now.toISOString(),
    actor: { memberId: scope.memberId, role: scope.role },
    ...change,
  });
  return {
    Put: {
      TableName: db.tableName,
      Item: { ...keys.audit(entry.orgSlug, entry.at, entry.id), type: 'audit', ...entry },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/** The organisation's audit log, newest first. */
export async function listAudit(db: Db, scope: StaffScope, limit = 200): Promise<AuditEntry[]> {
  const { pk, skPrefix } = keys.audits(scope.orgSlug);
  const entries: AuditEntry[] = [];
  const rows = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
    ScanIndexForward: false,
    Limit: limit,
  });
  for await (const row of rows) {
    entries.push(AuditEntry.parse(row));
    if (entries.length >= limit) break;
  }
  return entries;
}

/**
 * An audit entry for an action that changes no record of its own (a download): written alone,
 * before the action's answer starts, so a download the log cannot record does not happen.
 */
export async function recordAudit(
  db: Db,
  scope: StaffScope,
  change: AuditChange,
  now: Date,
): Promise<void> {
  const { Put } = auditPut(db, scope, change, now);
  if (Put) await db.doc.send(new PutCommand(Put));
}
