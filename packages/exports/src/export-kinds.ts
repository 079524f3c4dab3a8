import type { Readable } from 'node:stream';
import {
  DONATION_COLUMNS,
  type ExportFilter,
  type ExportKind,
  JOURNAL_COLUMNS,
  type Locale,
  PAYOUT_COLUMNS,
  type Role,
} from '@haven/core';
import type { Db, OrgScope } from '@haven/db';
import { csvStream } from './csv-stream';
import { donationRows } from './donations-export';
import { journalRowsOf, payoutRowsOf } from './ledger-exports';

/** What one export is of, and for whom: the role masks donors, the locale names accounts. */
export type ExportRequest = {
  kind: ExportKind;
  filter: ExportFilter;
  role: Role;
  locale: Locale;
};

function rowsOf(db: Db, scope: OrgScope, request: ExportRequest) {
  switch (request.kind) {
    case 'donations':
      return {
        columns: DONATION_COLUMNS,
        rows: donationRows(db, scope, request.role, request.filter),
      };
    case 'journal':
      return {
        columns: JOURNAL_COLUMNS,
        rows: journalRowsOf(db, scope, request.filter, request.locale),
      };
    case 'payouts':
      return { columns: PAYOUT_COLUMNS, rows: payoutRowsOf(db, scope, request.filter) };
  }
}

/**
 * An export as CSV bytes, streamed from its Query page by page; `tally.rows` counts the rows
 * written so far.
 */
export function exportCsv(
  db: Db,
  scope: OrgScope,
  request: ExportRequest,
  tally: { rows: number } = { rows: 0 },
): Readable {
  const { columns, rows } = rowsOf(db, scope, request);
  async function* counted() {
    for await (const row of rows) {
      yield row;
      tally.rows += 1;
    }
  }
  return csvStream<string>(counted(), columns);
}

/**
 * Whether an export has more than `limit` rows: its rows are read (and dropped) no further
 * than `limit` + 1, so deciding costs at most what a direct download would have read anyway.
 */
export async function exceedsRows(
  db: Db,
  scope: OrgScope,
  request: ExportRequest,
  limit: number,
): Promise<boolean> {
  let count = 0;
  for await (const _ of rowsOf(db, scope, request).rows) {
    count += 1;
    if (count > limit) return true;
  }
  return false;
}
