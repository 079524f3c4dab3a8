import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StatementPeriod } from '@haven/core';
import * as z from 'zod';
import type { Db } from '../client';
import { keys } from '../keys';
import type { OrgScope } from '../org-scope';
import { type TransactItem, transact } from '../staff/transact';
import { outboxFields, putNew } from './statement-writes';

const digest = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32);

/** The minute a request was made: a double click in it asks once, a later request asks again. */
const minute = (now: Date) => now.toISOString().slice(0, 16).replace(/\D/g, '');

/**
 * One person's statement of `period`, asked for by finance staff (with their audit entry) or by
 * the donor in their own space: sent each time it is asked (a donor may have lost the first),
 * but once a minute, so a double click sends one.
 */
export async function askStatementEmail(
  db: Db,
  scope: OrgScope,
  input: { emailKey: string; period: StatementPeriod; now: Date },
  audit?: TransactItem,
) {
  // Outbox ids reach the logs: this one is a digest, so it names no person, even by emailKey.
  const id = `stmt_${digest(scope.orgSlug, input.period.from, input.emailKey, minute(input.now))}`;
  const item = outboxFields(id, input.now.toISOString());
  await transact(
    db,
    [
      putNew(db, {
        ...item,
        kind: 'statement',
        orgSlug: scope.orgSlug,
        emailKey: input.emailKey,
        ...input.period,
        bulk: false,
      }),
      ...(audit ? [audit] : []),
    ],
    'this statement was asked for a moment ago',
  );
}

/**
 * Every donor of `period` their statement: the period's run (its counts) and the fan-out item
 * that queues them. Asking again (a double click, or later for donors who gave since) queues
 * only people not yet sent this period's statement: the send markers decide, not this item.
 */
export async function askStatementEmails(
  db: Db,
  scope: OrgScope,
  input: { period: StatementPeriod; now: Date },
  audit: TransactItem,
) {
  const at = input.now.toISOString();
  const id = `stmtfan_${scope.orgSlug}_${input.period.from}_${minute(input.now)}`;
  await transact(
    db,
    [
      {
        Update: {
          TableName: db.tableName,
          Key: keys.statementRun(scope.orgSlug, input.period.from),
          UpdateExpression: 'SET #type = :type, #to = :to, askedAt = :at ADD runs :one',
          ExpressionAttributeNames: { '#type': 'type', '#to': 'to' },
          ExpressionAttributeValues: {
            ':type': 'statement_run',
            ':to': input.period.to,
            ':at': at,
            ':one': 1,
          },
        },
      },
      putNew(db, {
        ...outboxFields(id, at),
        kind: 'statement-fanout',
        orgSlug: scope.orgSlug,
        ...input.period,
        pages: 0,
      }),
      audit,
    ],
    'every statement of this period was asked for a moment ago',
  );
}

export const StatementRun = z.object({
  to: z.iso.date(),
  askedAt: z.iso.datetime(),
  queued: z.number().int().default(0),
  sent: z.number().int().default(0),
  failed: z.number().int().default(0),
});
export type StatementRun = z.infer<typeof StatementRun>;

/** The counts of a period's bulk sending, or undefined when it was never asked for. */
export async function findStatementRun(
  db: Db,
  scope: OrgScope,
  from: string,
): Promise<StatementRun | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.statementRun(scope.orgSlug, from) }),
  );
  return Item ? StatementRun.parse(Item) : undefined;
}
