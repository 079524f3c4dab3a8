import { BatchWriteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { LedgerEntry, ValidationError } from '@haven/core';
import * as z from 'zod';
import type { Db } from './client';
import { isConditionFailed } from './conditional';
import { keys, partitions } from './keys';
import type { OrgScope } from './org-scope';
import { queryItems } from './query';

/** An entry as its item: under its own key (booked once) and in its month's list by date. */
export const ledgerEntryItem = (entry: LedgerEntry) => ({
  ...keys.ledgerEntry(entry.orgSlug, entry.key),
  ...keys.ledgerByPeriod(entry.orgSlug, entry.bookedAt, entry.key),
  type: 'ledger_entry',
  ...entry,
});

/**
 * The Put that books an entry inside a transaction. Its condition is what makes a Stripe object
 * book once: a second delivery, a retry or the other path (webhook or staff refund) finds the
 * key taken and its transaction cancels.
 */
export const ledgerEntryPut = (db: Db, entry: LedgerEntry) => ({
  Put: {
    TableName: db.tableName,
    Item: ledgerEntryItem(entry),
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** Books one entry on its own; `already_booked` when its Stripe object was booked before. */
export async function bookLedgerEntry(
  db: Db,
  entry: LedgerEntry,
): Promise<'booked' | 'already_booked'> {
  try {
    await db.doc.send(new PutCommand(ledgerEntryPut(db, entry).Put));
    return 'booked';
  } catch (error) {
    if (isConditionFailed(error)) return 'already_booked';
    throw error;
  }
}

export async function findLedgerEntry(
  db: Db,
  scope: OrgScope,
  entryKey: string,
): Promise<LedgerEntry | undefined> {
  const { pk, sk } = keys.ledgerEntry(scope.orgSlug, entryKey);
  const { Items = [] } = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': pk, ':sk': sk },
      ConsistentRead: true,
    }),
  );
  return Items[0] ? LedgerEntry.parse(Items[0]) : undefined;
}

/** A period: from its first instant, up to but not including `to` (ISO dates or date-times). */
export type LedgerPeriod = { from: string; to: string };

/** The `yyyy-mm` months a period touches, in order. */
export function monthsOf(period: LedgerPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label > last) break;
    months.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

const monthQuery = (scope: OrgScope, month: string, period: LedgerPeriod) => ({
  IndexName: 'gsi1',
  // `#` sorts before every character of an entry key, `~` after: the bounds hold whole instants.
  KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
  ExpressionAttributeValues: {
    ':pk': partitions.ledgerMonth(scope.orgSlug, month),
    ':from': period.from,
    ':to': period.to,
  },
});

/**
 * Every entry of a period in booking order, one Query page at a time (never a Scan): an export
 * streams it in constant memory whatever the period holds.
 */
export async function* ledgerEntries(
  db: Db,
  scope: OrgScope,
  period: LedgerPeriod,
): AsyncGenerator<LedgerEntry> {
  for (const month of monthsOf(period)) {
    for await (const item of queryItems(db, monthQuery(scope, month, period))) {
      // BETWEEN includes `to` itself; a period excludes it.
      if (typeof item.bookedAt === 'string' && item.bookedAt >= period.to) continue;
      yield LedgerEntry.parse(item);
    }
  }
}

/**
 * As `ledgerEntries`, but an item that does not parse is named (its key and failing fields)
 * instead of ending the read: reconciliation reports it and carries on.
 */
export async function* ledgerEntryReads(
  db: Db,
  scope: OrgScope,
  period: LedgerPeriod,
): AsyncGenerator<{ entry: LedgerEntry } | { invalid: { key: string; fields: string[] } }> {
  for (const month of monthsOf(period)) {
    for await (const item of queryItems(db, monthQuery(scope, month, period))) {
      if (typeof item.bookedAt === 'string' && item.bookedAt >= period.to) continue;
      const parsed = LedgerEntry.safeParse(item);
      if (parsed.success) yield { entry: parsed.data };
      else {
        const key = typeof item.key === 'string' ? item.key : String(item.pk);
        const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))];
        yield { invalid: { key, fields } };
      }
    }
  }
}

const Cursor = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  after: z.record(z.string(), z.string()).optional(),
});

const encodeCursor = (cursor: z.infer<typeof Cursor>) =>
  Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(value: string): z.infer<typeof Cursor> {
  try {
    return Cursor.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw new ValidationError('invalid page cursor');
  }
}

/**
 * One page of a period's entries for a page that lists them: at most `limit`, and the cursor of
 * the next page when there is one. The cursor comes back from a URL, so it is checked, and
 * it can only continue within the scope's own partitions.
 */
export async function ledgerPage(
  db: Db,
  scope: OrgScope,
  period: LedgerPeriod,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ entries: LedgerEntry[]; next?: string }> {
  const months = monthsOf(period);
  const start = page.cursor ? decodeCursor(page.cursor) : undefined;
  let index = start ? months.indexOf(start.month) : 0;
  if (index < 0) throw new ValidationError('invalid page cursor');
  let after = start?.after;
  const entries: LedgerEntry[] = [];
  while (index < months.length) {
    const month = months[index] ?? '';
    const { Items = [], LastEvaluatedKey } = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        ...monthQuery(scope, month, period),
        Limit: page.limit - entries.length,
        ...(after ? { ExclusiveStartKey: scopedStartKey(scope, month, after) } : {}),
      }),
    );
    for (const item of Items) {
      if (typeof item.bookedAt === 'string' && item.bookedAt >= period.to) continue;
      entries.push(LedgerEntry.parse(item));
    }
    if (LastEvaluatedKey) {
      after = Object.fromEntries(
        Object.entries(LastEvaluatedKey).filter(
          (pair): pair is [string, string] => typeof pair[1] === 'string',
        ),
      );
      if (entries.length >= page.limit) return { entries, next: encodeCursor({ month, after }) };
      continue;
    }
    after = undefined;
    index += 1;
    const nextMonth = months[index];
    if (entries.length >= page.limit && nextMonth) {
      return { entries, next: encodeCursor({ month: nextMonth }) };
    }
  }
  return { entries };
}

/** A cursor's start key, refused unless it lies in this organisation's month partition. */
function scopedStartKey(scope: OrgScope, month: string, after: Record<string, string>) {
  if (after.gsi1pk !== partitions.ledgerMonth(scope.orgSlug, month)) {
    throw new ValidationError('invalid page cursor');
  }
  return after;
}

const BATCH = 25;

type PutRequest = { PutRequest: { Item: Record<string, unknown> } };

/**
 * Files the entries a payout paid out under the payout, so its reconciliation is one Query.
 * Each link is a copy of an immutable entry under a fixed key, so writing it again is harmless:
 * a retried payout webhook rewrites the same items.
 */
export async function linkPayoutEntries(
  db: Db,
  scope: OrgScope,
  payoutId: string,
  entries: readonly LedgerEntry[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += BATCH) {
    let requests: PutRequest[] = entries.slice(i, i + BATCH).map((entry) => ({
      PutRequest: {
        Item: {
          ...keys.payoutEntry(scope.orgSlug, payoutId, entry.key),
          type: 'payout_entry',
          payoutId,
          ...entry,
        },
      },
    }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      const { UnprocessedItems } = await db.doc.send(
        new BatchWriteCommand({ RequestItems: { [db.tableName]: requests } }),
      );
      const left = UnprocessedItems?.[db.tableName] ?? [];
      requests = left.flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
      if (requests.length > 0) await sleep(Math.min(1_000, 50 * 2 ** attempt));
    }
  }
}

/** The entries a payout paid out (and the payout's own), page by page. */
export async function* payoutEntries(
  db: Db,
  scope: OrgScope,
  payoutId: string,
): AsyncGenerator<LedgerEntry> {
  const { pk, skPrefix } = keys.payoutEntries(scope.orgSlug, payoutId);
  const items = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
    ExpressionAttributeValues: { ':pk': pk, ':sk': skPrefix },
  });
  for await (const item of items) yield LedgerEntry.parse(item);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
