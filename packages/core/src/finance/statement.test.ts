import { describe, expect, it } from 'vitest';
import { statementLines } from './statement';

const gift = (currency: string, amount: number, refunded = 0, feeCover = 0) => ({
  currency,
  gift: amount,
  feeCover,
  refunded,
  paidAt: '2026-03-01T00:00:00.000Z',
});

describe('statementLines', () => {
  it('keeps each currency apart, net of refunds, the fee cover left out', () => {
    expect(
      statementLines([
        gift('CHF', 5_000, 0, 175),
        gift('CHF', 2_000, 2_000),
        gift('EUR', 3_000, 1_000),
        gift('JPY', 1_000),
      ]),
    ).toEqual([
      { currency: 'CHF', gifts: 7_000, refunded: 2_000, net: 5_000 },
      { currency: 'EUR', gifts: 3_000, refunded: 1_000, net: 2_000 },
      { currency: 'JPY', gifts: 1_000, refunded: 0, net: 1_000 },
    ]);
  });

  it('takes the gift’s share of a refund of gift and cover, so a full refund leaves nothing', () => {
    expect(statementLines([gift('EUR', 5_000, 5_175, 175)])).toEqual([
      { currency: 'EUR', gifts: 5_000, refunded: 5_000, net: 0 },
    ]);
    expect(statementLines([gift('EUR', 3_000, 1_000, 1_000)])[0]?.refunded).toBe(750);
  });
});
