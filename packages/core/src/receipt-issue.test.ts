import { describe, expect, it } from 'vitest';
import { planReceiptNumber } from './receipt-issue';

const payment = {
  pledgeId: 'plg_1',
  orgSlug: 'mpm',
  paidAt: '2026-12-31T23:59:00.000Z',
  receiptNumber: undefined,
};
const org = { slug: 'mpm', receiptPrefix: 'MPM' };

describe('a receipt number', () => {
  it('is the next of the year the donor paid in, not the year the receipt is issued', () => {
    expect(planReceiptNumber({ payment, org, counter: { year: 2026, last: 41 } })).toEqual({
      write: 'number',
      receiptNumber: 'MPM-2026-000042',
      pledgeId: 'plg_1',
      sequence: { orgSlug: 'mpm', year: 2026, last: 41, next: 42 },
    });
  });

  it('starts a new year at 1', () => {
    const plan = planReceiptNumber({
      payment: { ...payment, paidAt: '2027-01-01T00:00:00.000Z' },
      org,
      counter: { year: 2027, last: 0 },
    });
    expect(plan).toMatchObject({ receiptNumber: 'MPM-2027-000001', sequence: { next: 1 } });
  });

  it('uses the slug in capitals when the organisation set no prefix', () => {
    const plan = planReceiptNumber({
      payment,
      org: { slug: 'iraqi-minorities', receiptPrefix: undefined },
      counter: { year: 2026, last: 41 },
    });
    expect(plan.receiptNumber).toBe('IRAQIMINORITIES-2026-000042');
  });

  it('is kept once taken: a payment is numbered once', () => {
    const numbered = { ...payment, receiptNumber: 'MPM-2026-000007' };
    expect(
      planReceiptNumber({ payment: numbered, org, counter: { year: 2026, last: 41 } }),
    ).toEqual({ write: 'nothing', receiptNumber: 'MPM-2026-000007' });
  });

  it('refuses a counter read for another year than the payment’s', () => {
    expect(() => planReceiptNumber({ payment, org, counter: { year: 2027, last: 3 } })).toThrow(
      /2027/,
    );
  });
});
