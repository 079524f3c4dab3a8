import { DEFAULT_FEE_MODEL, giftLimits, grossUpForFees, minorUnitStep } from '@haven/core';
import { processingFee } from '@haven/stripe-emulator';
import { describe, expect, it } from 'vitest';

/** A small deterministic generator, so a failure names a case that can be replayed. */
function* randomCases(count: number, seed = 42) {
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state;
  }
}

/**
 * The fee cover core asks the donor for, checked against the fee the Stripe emulator actually
 * takes from the charge (one fee model for both), not against a formula written here.
 */
describe('covering the fee', () => {
  const models = [DEFAULT_FEE_MODEL, { basisPoints: 140, fixedMinor: 25 }];

  it('charges the least that still nets the whole gift, in every kind of currency', () => {
    for (const model of models) {
      for (const value of randomCases(2000)) {
        for (const currency of ['EUR', 'CHF', 'JPY', 'KRW', 'KWD', 'JOD']) {
          const step = minorUnitStep(currency);
          const gift = (giftLimits(currency).min + (value % 500_000)) * step;
          const total = grossUpForFees(gift, currency, model);
          expect(total % step).toBe(0);
          expect(total - processingFee(total, currency, model)).toBeGreaterThanOrEqual(gift);
          // One step less would not cover the fee (to within the fee's own rounding).
          const less = total - step;
          expect(less - processingFee(less, currency, model)).toBeLessThanOrEqual(gift);
        }
      }
    }
  });
});
