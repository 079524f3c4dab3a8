import { type FeeModel, fixedFeeFor, minorUnitExponent } from '@haven/core';

export { DEFAULT_FEE_MODEL } from '@haven/core';
export type { FeeModel };

/**
 * The processing fee in the charge's own minor units, by the service's own `FeeModel` (one
 * definition, so the fee cover core computes is checked against the fee charged here):
 * - percent part: amount × basis points / 10 000, rounded half up;
 * - fixed part: core's `fixedFeeFor` — 0.30 is 30 cents, 300 fils, and nothing for
 *   zero-decimal currencies (percent only, as Stripe prices JPY);
 * - three-decimal currencies round the fee to a multiple of 10, so fee and net stay amounts
 *   Stripe could move.
 * The fee never exceeds the amount, so net is never negative.
 */
export function processingFee(amount: number, currency: string, model: FeeModel): number {
  const percent = Math.round((amount * model.basisPoints) / 10_000);
  let fee = percent + fixedFeeFor(model, currency);
  if (minorUnitExponent(currency) === 3) fee = Math.round(fee / 10) * 10;
  return Math.min(fee, amount);
}
