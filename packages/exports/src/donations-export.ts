import {
  DONATION_COLUMNS,
  type DonationRow,
  donationRow,
  type ExportFilter,
  type Role,
} from '@haven/core';
import { type Db, listPaymentsForExport, type OrgScope } from '@haven/db';

/** The donations export's rows: one per payment of `filter`, as a member of `role` may see it. */
export async function* donationRows(
  db: Db,
  scope: OrgScope,
  role: Role,
  filter: ExportFilter,
): AsyncGenerator<DonationRow> {
  for await (const payment of listPaymentsForExport(db, scope, filter)) {
    yield donationRow(payment, role);
  }
}

export { DONATION_COLUMNS };
