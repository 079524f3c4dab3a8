import type { LedgerEntry } from '../ledger/entry';
import { inertText, majorUnits } from './csv-cell';

/**
 * The payout reconciliation's columns: for each payout, one row per balance movement it paid
 * out (payments, refunds, disputes and their fees), then the payout's own row. Each movement's
 * `net` is what it did to the Stripe balance (`amount` less `fee`, signed: money in positive);
 * the movements' nets add up exactly to the payout row's `net`, what reached the bank.
 */
export const PAYOUT_COLUMNS = [
  'payout_id',
  'payout_at',
  'currency',
  'row',
  'kind',
  'booked_at',
  'entry',
  'stripe_id',
  'charge_id',
  'pledge_id',
  'campaign',
  'amount',
  'fee',
  'net',
] as const;
export type PayoutRow = Record<(typeof PAYOUT_COLUMNS)[number], string>;

const lineSum = (entry: LedgerEntry, accounts: readonly string[]) =>
  entry.lines
    .filter((line) => accounts.includes(line.account))
    .reduce((sum, line) => sum + line.amount, 0);

/** What an entry did to the Stripe balance, and the fee Stripe kept of it. */
export function balanceMovement(entry: LedgerEntry): { amount: number; fee: number; net: number } {
  const net = lineSum(entry, ['stripe_balance']);
  const fee = lineSum(entry, ['processing_fees', 'dispute_fees']);
  return { amount: net + fee, fee, net };
}

/** What a payout entry sent to the bank (a failed payout's return is negative). */
export const paidToBank = (payout: LedgerEntry): number => lineSum(payout, ['bank']);

/**
 * The rows of one payout: `entries` are those filed under it (its own included, which comes
 * last whatever order they are read in). Net of the movements = paid to the bank.
 */
export function payoutRows(payout: LedgerEntry, entries: readonly LedgerEntry[]): PayoutRow[] {
  const money = (amount: number) => majorUnits(amount, payout.currency);
  const base = {
    payout_id: inertText(payout.source.stripeId),
    payout_at: payout.bookedAt,
    currency: payout.currency,
  };
  const movements = entries
    .filter((entry) => entry.key !== payout.key)
    .map((entry): PayoutRow => {
      const movement = balanceMovement(entry);
      return {
        ...base,
        row: 'movement',
        kind: entry.kind,
        booked_at: entry.bookedAt,
        entry: inertText(entry.key),
        stripe_id: inertText(entry.source.stripeId),
        charge_id: inertText(entry.source.chargeId ?? ''),
        pledge_id: inertText(entry.source.pledgeId ?? ''),
        campaign: inertText(entry.lines.find((line) => line.campaignSlug)?.campaignSlug ?? ''),
        amount: money(movement.amount),
        fee: money(movement.fee),
        net: money(movement.net),
      };
    });
  const bank = paidToBank(payout);
  return [
    ...movements,
    {
      ...base,
      row: 'payout',
      kind: payout.kind,
      booked_at: payout.bookedAt,
      entry: inertText(payout.key),
      stripe_id: inertText(payout.source.stripeId),
      charge_id: '',
      pledge_id: '',
      campaign: '',
      amount: money(bank),
      fee: money(0),
      net: money(bank),
    },
  ];
}
