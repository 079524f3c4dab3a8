import {
  chartOfAccounts,
  type ExportFilter,
  entryTouchesCampaign,
  exportLedgerPeriod,
  type JournalRow,
  journalRows,
  type LedgerEntry,
  type Locale,
  type PayoutRow,
  payoutRows,
} from '@haven/core';
import {
  type Db,
  ledgerEntries,
  listAccountOverrides,
  type OrgScope,
  payoutEntries,
} from '@haven/db';

async function* entriesIn(db: Db, scope: OrgScope, filter: ExportFilter) {
  for await (const entry of ledgerEntries(db, scope, exportLedgerPeriod(filter))) {
    if (filter.currency && entry.currency !== filter.currency) continue;
    yield entry;
  }
}

/**
 * The journal of `filter`'s days: every line of every entry, in booking order, page by page.
 * A campaign filter keeps whole entries that touch the campaign, so each still balances; a
 * currency filter keeps that currency's entries (an entry has one).
 */
export async function* journalRowsOf(
  db: Db,
  scope: OrgScope,
  filter: ExportFilter,
  locale: Locale,
): AsyncGenerator<JournalRow> {
  // The organisation's own names where it renamed an account, else the member's language's.
  const chart = chartOfAccounts(await listAccountOverrides(db, scope), locale);
  for await (const entry of entriesIn(db, scope, filter)) {
    if (filter.campaign && !entryTouchesCampaign(entry, filter.campaign)) continue;
    yield* journalRows(entry, chart);
  }
}

/**
 * The payouts booked in `filter`'s days, each with the movements it paid out (the entries filed
 * under it: one Query per payout, one payout's entries held at a time) and its own row. A
 * payout is not a campaign's, so the campaign filter does not apply.
 */
export async function* payoutRowsOf(
  db: Db,
  scope: OrgScope,
  filter: ExportFilter,
): AsyncGenerator<PayoutRow> {
  for await (const entry of entriesIn(db, scope, filter)) {
    if (entry.kind !== 'payout' && entry.kind !== 'payout_failure') continue;
    const paidOut: LedgerEntry[] = [];
    for await (const one of payoutEntries(db, scope, entry.source.stripeId)) paidOut.push(one);
    yield* payoutRows(entry, paidOut);
  }
}
