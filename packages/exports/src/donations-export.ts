import type { Readable } from 'node:stream';
import { DONATION_COLUMNS, donationRow, type ExportFilter, type Role } from '@haven/core';
import { type Db, listPaymentsForExport, type OrgScope } from '@haven/db';
import { csvStream } from './csv-stream';

/** The donations export of `filter` as a member of `role` may see it, as a CSV byte stream. */
export function donationsCsv(db: Db, scope: OrgScope, role: Role, filter: ExportFilter): Readable {
  async function* rows() {
    for await (const payment of listPaymentsForExport(db, scope, filter)) {
      yield donationRow(payment, role);
    }
  }
  return csvStream(rows(), DONATION_COLUMNS);
}
