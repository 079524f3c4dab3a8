import type { Readable } from 'node:stream';
import { DONATION_COLUMNS, donationRow, type ExportFilter, type Role } from '@haven/core';
import { type Db, listPaymentsForExport, type OrgScope } from '@haven/db';
import { csvStream } from './csv-stream';

/**
 * The donations export of `filter` as a member of `role` may see it, as a CSV byte stream;
 * `tally.rows` counts the payments written so far.
 */
export function donationsCsv(
  db: Db,
  scope: OrgScope,
  role: Role,
  filter: ExportFilter,
  tally: { rows: number } = { rows: 0 },
): Readable {
  async function* rows() {
    for await (const payment of listPaymentsForExport(db, scope, filter)) {
      yield donationRow(payment, role);
      tally.rows += 1;
    }
  }
  return csvStream(rows(), DONATION_COLUMNS);
}
