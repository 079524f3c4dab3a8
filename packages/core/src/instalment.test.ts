import { describe, expect, it } from 'vitest';
import { planInstalment } from './instalment';
import type { InvoiceState } from './monthly';
import { type Pledge, PledgeId, type PledgeStatus } from './pledge';

const NOW = new Date('2026-05-10T09:05:00.000Z');

const pledge = (status: PledgeStatus): Pledge => ({
  id: PledgeId.parse('plg_00000000000000000000001'),
  orgSlug: 'mpm',
  campaignSlug: 'voix',
  status,
  frequency: 'monthly',
  currency: 'EUR',
  gift: 1_000,
  feeCover: 61,
  anonymous: false,
  updatesOptIn: false,
  locale: 'es',
  checkoutSessionId: 'cs_test_1',
  subscriptionId: 'sub_1',
  createdAt: '2026-03-10T09:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
});

// An instalment billed before the donor lowered the amount: its own lines, not the pledge's now.
const invoice: InvoiceState = {
  invoiceId: 'in_2',
  subscriptionId: 'sub_1',
  pledgeId: 'plg_00000000000000000000001',
  status: 'paid',
  currency: 'eur',
  parts: { gift: 2_000, feeCover: 91 },
  hostedInvoiceUrl: undefined,
  settlement: {
    paymentIntentId: 'pi_2',
    chargeId: 'ch_2',
    gross: 2_091,
    fee: 91,
    net: 2_000,
    currency: 'eur',
    paidAt: '2026-05-10T09:00:00.000Z',
  },
  customer: { email: 'donante@example.org', name: 'Ana' },
};

describe('planInstalment', () => {
  it('records a later instalment from its invoice: its own parts, its receipt, no new supporter', () => {
    const plan = planInstalment({ pledge: pledge('paid'), invoice, now: NOW });
    if (plan.write !== 'transaction') throw new Error(plan.effect);
    expect(plan.payment.payment).toMatchObject({
      gift: 2_000,
      feeCover: 91,
      gross: 2_091,
      net: 2_000,
      invoiceId: 'in_2',
      paidAt: '2026-05-10T09:00:00.000Z',
    });
    expect(plan.payment.campaignTotal).toMatchObject({ amount: 2_000, supporters: 0 });
    expect(plan.payment.email).toMatchObject({
      outboxId: 'receipt_plg_00000000000000000000001_in_2',
      invoiceId: 'in_2',
    });
    expect(plan.pledge).toMatchObject({ from: 'paid', leavesOpenIndex: false });
  });

  it('counts the donor once, with the first payment, which moves a pending pledge to paid', () => {
    const plan = planInstalment({ pledge: pledge('pending'), invoice, now: NOW });
    if (plan.write !== 'transaction') throw new Error(plan.effect);
    expect(plan.payment.campaignTotal.supporters).toBe(1);
    expect(plan.pledge).toMatchObject({ from: 'pending', leavesOpenIndex: true });
  });

  it('records nothing for an unpaid invoice, a paid one without figures, or one whose lines differ from its charge', () => {
    expect(
      planInstalment({ pledge: pledge('paid'), invoice: { ...invoice, status: 'open' }, now: NOW }),
    ).toEqual({
      write: 'nothing',
      effect: 'not_paid',
    });
    const { settlement: _, ...withoutFigures } = invoice;
    expect(
      planInstalment({ pledge: pledge('paid'), invoice: withoutFigures, now: NOW }).effect,
    ).toBe('settlement_pending');
    expect(
      planInstalment({
        pledge: pledge('paid'),
        invoice: { ...invoice, parts: { gift: 2_000, feeCover: 0 } },
        now: NOW,
      }).effect,
    ).toBe('amount_mismatch');
    expect(
      planInstalment({ pledge: pledge('paid'), invoice: { ...invoice, currency: 'chf' }, now: NOW })
        .effect,
    ).toBe('amount_mismatch');
  });
});
