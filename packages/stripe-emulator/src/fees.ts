import { exponentOf } from './currency';

export type FeeModel = { percentBasisPoints: number; fixedCents: number };

/** Stripe's standard card pricing: 2.9% + 30¢. */
export const DEFAULT_FEES: FeeModel = { percentBasisPoints: 290, fixedCents: 30 };

/**
 * The processing fee in the charge's own minor units.
 * - percent part: amount × basis points / 10 000, rounded half up;
 * - fixed part: `fixedCents` hundredths of a major unit, so 30 → 0.30 USD, 0.300 KWD; for
 *   zero-decimal currencies that is under one unit and rounds to 0 (percent only, as Stripe
 *   prices JPY);
 * - three-decimal currencies round the fee to a multiple of 10, so fee and net stay amounts
 *   Stripe could move.
 * The fee never exceeds the amount, so net is never negative.
 */
export function processingFee(amount: number, currency: string, model: FeeModel): number {
  const exponent = exponentOf(currency);
  const percent = Math.round((amount * model.percentBasisPoints) / 10_000);
  const fixed = Math.round(model.fixedCents * 10 ** (exponent - 2));
  let fee = percent + fixed;
  if (exponent === 3) fee = Math.round(fee / 10) * 10;
  return Math.min(fee, amount);
}
