import { describe, expect, it } from 'vitest';
import { checkGiftAmount, giftLimits } from './donation';
import { feeCover, fixedFeeFor } from './fees';
import { formatMoney, minorUnitExponent, parseMajorUnits } from './money';

describe('minor units', () => {
  it('follows Stripe for zero-, two- and three-decimal currencies', () => {
    expect([minorUnitExponent('JPY'), minorUnitExponent('eur'), minorUnitExponent('KWD')]).toEqual([
      0, 2, 3,
    ]);
  });

  it.each([
    ['25', 'EUR', 2500],
    ['25.5', 'EUR', 2550],
    ['25,50', 'CHF', 2550],
    ['12.5', 'JOD', 12_500],
    ['1000', 'JPY', 1000],
    ['25.555', 'EUR', undefined],
    ['12.5', 'JPY', undefined],
    ['-3', 'EUR', undefined],
    ['1e3', 'EUR', undefined],
    ['', 'EUR', undefined],
  ])('reads %s %s as %s', (input, currency, expected) => {
    expect(parseMajorUnits(input, currency)).toBe(expected);
  });

  it.each([
    ['١٢٫٥', 'JOD', 'ar-IQ', 12_500],
    ['۲۵', 'USD', 'ar', 2500],
    ['1,000', 'KWD', 'en', undefined],
    ['1.000', 'KWD', 'fr', undefined],
    ['1,000', 'KWD', 'fr', 1000],
    ['1.5', 'KWD', 'ar-IQ', 1500],
  ])('reads %s %s on a %s page as %s', (input, currency, locale, expected) => {
    expect(parseMajorUnits(input, currency, locale)).toBe(expected);
  });

  it('formats in the reader locale without losing minor units', () => {
    expect(formatMoney({ amount: 12_345, currency: 'KWD' }, 'en')).toBe(
      new Intl.NumberFormat('en', {
        style: 'currency',
        currency: 'KWD',
        minimumFractionDigits: 3,
      }).format(12.345),
    );
    expect(formatMoney({ amount: 5000, currency: 'JPY' }, 'en')).toBe('¥5,000');
  });
});

describe('gift limits', () => {
  it('refuses three-decimal amounts Stripe cannot charge, and amounts out of bounds', () => {
    expect(checkGiftAmount(12_345, 'KWD', ['KWD'])).toBe('step');
    expect(checkGiftAmount(12_340, 'KWD', ['KWD'])).toBeUndefined();
    expect(checkGiftAmount(giftLimits('EUR').min - 1, 'EUR', ['EUR'])).toBe('too_small');
    expect(checkGiftAmount(giftLimits('EUR').max + 1, 'EUR', ['EUR'])).toBe('too_large');
    expect(checkGiftAmount(5000, 'USD', ['EUR'])).toBe('currency_not_accepted');
  });
});

describe('covering the fee', () => {
  const model = { basisPoints: 290, fixedMinor: 30 };

  it('is recorded apart from the gift', () => {
    expect(feeCover(5000, 'CHF', model)).toBe(181);
    expect(feeCover(5000, 'CHF', { basisPoints: 0, fixedMinor: 0 })).toBe(0);
  });

  it('scales the fixed part by the currency: 0.30 is 30 cents, 300 fils, and no yen', () => {
    expect([
      fixedFeeFor(model, 'EUR'),
      fixedFeeFor(model, 'KWD'),
      fixedFeeFor(model, 'JPY'),
    ]).toEqual([30, 300, 0]);
  });
});
