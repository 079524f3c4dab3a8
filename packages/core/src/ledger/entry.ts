import * as z from 'zod';
import { AccountCode } from './accounts';

/**
 * One line of an entry: a signed amount in the entry's currency, debit positive and credit
 * negative, so an entry balances when its lines sum to zero. Lines of campaign accounts carry
 * the campaign, and the gift's own amount and currency beside the settled one (a EUR gift on a
 * CHF account books CHF, with the euros it was).
 */
export const LedgerLine = z.object({
  account: AccountCode,
  amount: z.number().int(),
  campaignSlug: z.string().optional(),
  original: z.object({ amount: z.number().int(), currency: z.string().length(3) }).optional(),
});
export type LedgerLine = z.infer<typeof LedgerLine>;

export const EntryKind = z.enum([
  'payment',
  'refund',
  'dispute_withdrawal',
  'dispute_reinstatement',
  'payout',
  'payout_failure',
  'reversal',
]);
export type EntryKind = z.infer<typeof EntryKind>;

/** The Stripe objects an entry stands for: what reconciliation and the exports look up. */
export const EntrySource = z.object({
  /** The object booked: a charge, refund, dispute or payout id. */
  stripeId: z.string(),
  chargeId: z.string().optional(),
  paymentIntentId: z.string().optional(),
  pledgeId: z.string().optional(),
  payoutId: z.string().optional(),
  balanceTransactionId: z.string().optional(),
});
export type EntrySource = z.infer<typeof EntrySource>;

/**
 * A journal entry: one organisation, one currency (Stripe's settlement currency), balanced lines.
 * Its key names the Stripe object and what happened to it (`refund:re_…`), so an object is booked
 * once whatever Stripe's events do; entries are never edited, a correction is a reversal.
 */
export const LedgerEntry = z.object({
  orgSlug: z.string(),
  key: z.string().min(1),
  kind: EntryKind,
  /** When the money moved at Stripe, not when we heard: the period an entry falls in. */
  bookedAt: z.iso.datetime(),
  currency: z.string().length(3),
  lines: z.array(LedgerLine).min(2),
  source: EntrySource,
  /** A reversal's target; what a reversal undoes is booked again, never changed. */
  reverses: z.string().optional(),
  memo: z.string().max(200).optional(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const isBalanced = (entry: Pick<LedgerEntry, 'lines'>): boolean =>
  entry.lines.reduce((sum, line) => sum + line.amount, 0) === 0;

/** The same entry with every line's sign turned: what a correction books. */
export function reversalOf(entry: LedgerEntry, bookedAt: string, memo?: string): LedgerEntry {
  return {
    orgSlug: entry.orgSlug,
    key: `reversal:${entry.key}`,
    kind: 'reversal',
    bookedAt,
    currency: entry.currency,
    lines: entry.lines.map((line) => ({
      ...line,
      amount: -line.amount,
      ...(line.original
        ? { original: { amount: -line.original.amount, currency: line.original.currency } }
        : {}),
    })),
    source: entry.source,
    reverses: entry.key,
    ...(memo ? { memo } : {}),
  };
}
