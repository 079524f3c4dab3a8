import { minorUnitExponent, minorUnitStep } from './money';

/**
 * How the payment processor prices a card payment: a share of the amount plus a fixed part.
 * The fixed part is in hundredths of a major unit (30 = 0.30), whatever the currency.
 * The Stripe emulator charges by this same model, so the fee cover is tested against it.
 */
export type FeeModel = { basisPoints: number; fixedMinor: number };

/** Stripe's standard European card pricing at the time of writing; the org can configure its own. */
export const DEFAULT_FEE_MODEL: FeeModel = { basisPoints: 290, fixedMinor: 30 };

/**
 * The fixed part in the currency's own minor units: 0.30 is 30 cents, 300 fils, and under one
 * yen, so nothing for zero-decimal currencies, which Stripe prices by percentage only.
 */
export const fixedFeeFor = (model: FeeModel, currency: string): number =>
  Math.round(model.fixedMinor * 10 ** (minorUnitExponent(currency) - 2));

/**
 * What to charge so that, after the processor's fee, the organisation nets `gift`.
 * total - (total * bp / 10000 + fixed) >= gift  ⇔  total >= (gift + fixed) / (1 - bp/10000).
 * Integer arithmetic only, rounded up, then up to the currency's step.
 */
export function grossUpForFees(gift: number, currency: string, model: FeeModel): number {
  const fixed = fixedFeeFor(model, currency);
  const numerator = (gift + fixed) * 10_000;
  const denominator = 10_000 - model.basisPoints;
  const total = Math.ceil(numerator / denominator);
  const step = minorUnitStep(currency);
  return Math.ceil(total / step) * step;
}

/** The fee cover a donor adds to a gift: charged on top and recorded apart from the gift. */
export const feeCover = (gift: number, currency: string, model: FeeModel): number =>
  grossUpForFees(gift, currency, model) - gift;
