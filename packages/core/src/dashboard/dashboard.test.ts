import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { ROLES } from '../staff/role';
import { maskGift } from './gifts';
import { giftsOverTime } from './gifts-over-time';

const gift = {
  pledgeId: 'plg_1',
  paidAt: '2026-11-03T10:00:00.000Z',
  currency: 'CHF',
  gift: 5_000,
  anonymous: true,
  donorName: 'Leyla Q.',
};

describe('masking', () => {
  it('hides an anonymous donor’s name from every role but finance', () => {
    for (const role of ROLES.filter((r) => r !== 'finance')) {
      expect(maskGift(gift, role).donor).toEqual({ kind: 'masked' });
      expect(JSON.stringify(maskGift(gift, role))).not.toContain('Leyla');
    }
    expect(maskGift(gift, 'finance').donor).toEqual({
      kind: 'named',
      name: 'Leyla Q.',
      anonymous: true,
    });
  });

  it('shows a donor who did not ask to be anonymous', () => {
    expect(maskGift({ ...gift, anonymous: false }, 'viewer').donor).toMatchObject({
      kind: 'named',
      name: 'Leyla Q.',
    });
  });
});

describe('gifts over time', () => {
  const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-04T23:00:00.000Z' };
  const gifts = [
    gift,
    { ...gift, paidAt: '2026-11-03T23:59:59.000Z', gift: 1_000 },
    { ...gift, paidAt: '2026-11-01T00:00:00.000Z', currency: 'KWD', gift: 10_000 },
    { ...gift, paidAt: '2026-10-31T23:59:59.000Z', gift: 9_999 },
  ];

  it('adds each day’s gifts per currency, never across currencies, every day present', () => {
    const series = giftsOverTime(gifts, period);
    expect(series.map((s) => s.currency)).toEqual(['KWD', 'CHF']);
    const chf = series.find((s) => s.currency === 'CHF');
    expect(chf?.days).toEqual([
      { date: '2026-11-01', amount: 0, count: 0 },
      { date: '2026-11-02', amount: 0, count: 0 },
      { date: '2026-11-03', amount: 6_000, count: 2 },
      { date: '2026-11-04', amount: 0, count: 0 },
    ]);
    expect(chf?.total).toBe(6_000);
  });

  it('refuses a period that ends before it starts or spans more than a year', () => {
    expect(() => giftsOverTime([], { from: period.to, to: period.from })).toThrow(ValidationError);
    expect(() =>
      giftsOverTime([], { from: '2025-01-01T00:00:00.000Z', to: '2026-06-01T00:00:00.000Z' }),
    ).toThrow(ValidationError);
  });
});
