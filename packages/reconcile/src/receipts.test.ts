import { describe, expect, it } from 'vitest';
import type { PaymentFigures } from './payments';
import { checkReceipts } from './receipts';

const payment = (pledgeId: string, receiptNumber: string): PaymentFigures => ({
  pledgeId,
  orgSlug: 'mpm',
  campaignSlug: 'voix',
  currency: 'CHF',
  gift: 1_000,
  feeCover: 0,
  gross: 1_000,
  fee: 59,
  net: 941,
  settlementCurrency: 'CHF',
  receiptNumber,
  paidAt: '2026-03-01T10:00:00.000Z',
  chargeId: `ch_${pledgeId}`,
  refunded: 0,
});

describe('checkReceipts', () => {
  it('reports each run of missing numbers once, per year', () => {
    const { findings, summaries } = checkReceipts(
      'mpm',
      [
        payment('a', 'MPM-2025-000001'),
        payment('b', 'MPM-2025-000004'),
        payment('c', 'MPM-2025-000005'),
        payment('d', 'MPM-2026-000002'),
      ],
      new Map([
        [2025, 5],
        [2026, 2],
      ]),
    );
    expect(findings).toEqual([
      { code: 'receipt_gap', org: 'mpm', year: 2025, from: 2, to: 3 },
      { code: 'receipt_gap', org: 'mpm', year: 2026, from: 1, to: 1 },
    ]);
    expect(summaries).toEqual([
      { org: 'mpm', year: 2025, issued: 3, highest: 5, counter: 5 },
      { org: 'mpm', year: 2026, issued: 1, highest: 2, counter: 2 },
    ]);
  });

  it('reports a counter with no payments, a missing counter and a malformed number', () => {
    const { findings } = checkReceipts(
      'mpm',
      [payment('a', 'MPM-2026-000001'), payment('b', 'MPM-26-1')],
      new Map([[2024, 3]]),
    );
    expect(findings).toEqual([
      { code: 'receipt_malformed', org: 'mpm', pledgeId: 'b', receiptNumber: 'MPM-26-1' },
      { code: 'receipt_counter_ahead', org: 'mpm', year: 2024, counter: 3, highest: 0 },
      { code: 'receipt_counter_behind', org: 'mpm', year: 2026, counter: 0, highest: 1 },
    ]);
  });

  it('names every payment that carries a repeated number', () => {
    const { findings } = checkReceipts(
      'mpm',
      [
        payment('z', 'MPM-2026-000001'),
        payment('a', 'MPM-2026-000001'),
        payment('m', 'MPM-2026-000001'),
      ],
      new Map([[2026, 1]]),
    );
    expect(findings).toEqual([
      {
        code: 'receipt_duplicate',
        org: 'mpm',
        year: 2026,
        receiptNumber: 'MPM-2026-000001',
        pledgeIds: ['a', 'm', 'z'],
      },
    ]);
  });
});
