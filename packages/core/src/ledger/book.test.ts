import { describe, expect, it } from 'vitest';
import {
  type BookedPayment,
  bookDisputeReinstatement,
  bookDisputeWithdrawal,
  bookPayment,
  bookPayout,
  bookRefund,
} from './book';
import { campaignDeltas, trialBalance } from './campaign-effect';
import { isBalanced, reversalOf } from './entry';

const payment: BookedPayment = {
  orgSlug: 'mpm',
  pledgeId: 'plg_1',
  campaignSlug: 'voix',
  currency: 'EUR',
  gift: 5_000,
  feeCover: 175,
  gross: 4_900,
  fee: 172,
  net: 4_728,
  settlementCurrency: 'CHF',
  paidAt: '2026-12-01T10:00:00.000Z',
  chargeId: 'ch_1',
  paymentIntentId: 'pi_1',
};

describe('booking rules', () => {
  it('books a EUR gift on a CHF account in CHF, with the euros beside the campaign line', () => {
    const entry = bookPayment(payment);
    expect(entry.currency).toBe('CHF');
    expect(isBalanced(entry)).toBe(true);
    expect(entry.lines).toEqual([
      { account: 'stripe_balance', amount: 4_728 },
      { account: 'processing_fees', amount: 172 },
      {
        account: 'donation_income',
        amount: -4_734,
        campaignSlug: 'voix',
        original: { amount: -5_000, currency: 'EUR' },
      },
      { account: 'fee_cover', amount: -166, original: { amount: -175, currency: 'EUR' } },
    ]);
    expect(campaignDeltas(entry)).toEqual([
      { campaignSlug: 'voix', currency: 'EUR', amount: 5_000 },
    ]);
  });

  it('several partial refunds give back exactly the gift once the whole charge is refunded', () => {
    const refunds = [1_000, 2_175, 2_000].map((amount, i, all) =>
      bookRefund({
        payment,
        refundId: `re_${i}`,
        amount,
        takenBefore: all.slice(0, i).reduce((a, b) => a + b, 0),
        createdAt: '2026-12-02T10:00:00.000Z',
        movement: {
          amount: -Math.round(amount * 0.95),
          fee: 0,
          net: -Math.round(amount * 0.95),
          currency: 'chf',
        },
      }),
    );
    for (const entry of refunds) expect(isBalanced(entry)).toBe(true);
    const back = refunds.flatMap(campaignDeltas).reduce((sum, delta) => sum + delta.amount, 0);
    expect(back).toBe(-5_000);
  });

  it('a lost dispute takes the amount and the fee; a won one gives the amount back', () => {
    const withdrawal = bookDisputeWithdrawal({
      payment,
      disputeId: 'du_1',
      amount: 5_175,
      takenBefore: 0,
      createdAt: '2026-12-03T10:00:00.000Z',
      movement: { amount: -4_900, fee: 1_500, net: -6_400, currency: 'chf' },
    });
    const reinstatement = bookDisputeReinstatement({
      payment,
      withdrawal,
      createdAt: '2026-12-20T10:00:00.000Z',
      movement: { amount: 4_900, fee: 0, net: 4_900, currency: 'chf' },
    });
    expect(isBalanced(withdrawal) && isBalanced(reinstatement)).toBe(true);
    expect(withdrawal.lines).toContainEqual({ account: 'dispute_fees', amount: 1_500 });
    const net = [withdrawal, reinstatement].flatMap(campaignDeltas);
    expect(net.reduce((sum, delta) => sum + delta.amount, 0)).toBe(0);
    const balances = trialBalance([bookPayment(payment), withdrawal, reinstatement]).get('CHF');
    expect(balances?.get('dispute_fees')).toBe(1_500);
    expect(balances?.get('disputes')).toBe(0);
  });

  it('a payout moves the balance to the bank; its failure moves it back', () => {
    const paid = bookPayout({
      orgSlug: 'mpm',
      payoutId: 'po_1',
      failed: false,
      bookedAt: '2026-12-04T00:00:00.000Z',
      movement: { amount: -4_728, fee: 0, net: -4_728, currency: 'chf' },
    });
    expect(paid.lines).toEqual([
      { account: 'stripe_balance', amount: -4_728 },
      { account: 'bank', amount: 4_728 },
    ]);
    const reversal = reversalOf(paid, '2026-12-05T00:00:00.000Z');
    expect(reversal.key).toBe('reversal:payout:po_1');
    const balances = trialBalance([paid, reversal]).get('CHF');
    expect([...(balances?.values() ?? [])]).toEqual([0, 0]);
  });
});
