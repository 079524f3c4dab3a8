import type { ChartAccount } from '../ledger/accounts';
import type { LedgerEntry } from '../ledger/entry';
import { inertText, majorUnits } from './csv-cell';

/**
 * The journal's columns: one row per line of every entry. Each entry's debits equal its credits
 * in its one currency (the settlement currency); a line of a gift in another currency carries
 * that amount and currency beside it. Amounts are plain numbers: debit and credit both positive,
 * `amount` signed (debit positive), so a sum of `amount` per entry and currency is zero.
 */
export const JOURNAL_COLUMNS = [
  'booked_at',
  'entry',
  'kind',
  'currency',
  'account_number',
  'account_name',
  'account_code',
  'debit',
  'credit',
  'amount',
  'campaign',
  'original_amount',
  'original_currency',
  'stripe_id',
  'charge_id',
  'payment_intent_id',
  'pledge_id',
  'payout_id',
  'reverses',
] as const;
export type JournalRow = Record<(typeof JOURNAL_COLUMNS)[number], string>;

export function journalRows(entry: LedgerEntry, chart: readonly ChartAccount[]): JournalRow[] {
  const money = (amount: number) => majorUnits(amount, entry.currency);
  return entry.lines.map((line) => {
    const account = chart.find((one) => one.code === line.account);
    return {
      booked_at: entry.bookedAt,
      entry: inertText(entry.key),
      kind: entry.kind,
      currency: entry.currency,
      account_number: inertText(account?.number ?? ''),
      account_name: inertText(account?.name ?? line.account),
      account_code: line.account,
      debit: line.amount > 0 ? money(line.amount) : '',
      credit: line.amount < 0 ? money(-line.amount) : '',
      amount: money(line.amount),
      campaign: inertText(line.campaignSlug ?? ''),
      original_amount: line.original
        ? majorUnits(line.original.amount, line.original.currency)
        : '',
      original_currency: line.original?.currency ?? '',
      stripe_id: inertText(entry.source.stripeId),
      charge_id: inertText(entry.source.chargeId ?? ''),
      payment_intent_id: inertText(entry.source.paymentIntentId ?? ''),
      pledge_id: inertText(entry.source.pledgeId ?? ''),
      payout_id: inertText(entry.source.payoutId ?? ''),
      reverses: inertText(entry.reverses ?? ''),
    };
  });
}

/** Whether an entry belongs in a journal filtered to one campaign: whole entries, still balanced. */
export const entryTouchesCampaign = (entry: LedgerEntry, campaign: string): boolean =>
  entry.lines.some((line) => line.campaignSlug === campaign);
