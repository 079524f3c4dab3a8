import { describe, expect, it } from 'vitest';
import type { CheckoutState } from './checkout';
import { type FulfilmentInput, type FulfilmentOutcome, paidAt, planFulfilment } from './fulfilment';
import { type Pledge, PledgeId, PledgeStatus } from './pledge';

const NOW = new Date('2027-01-02T09:00:00.000Z');

const pledge = (status: PledgeStatus = 'pending'): Pledge => ({
  id: PledgeId.parse('plg_00000000000000000000001'),
  orgSlug: 'mpm',
  campaignSlug: 'voix',
  status,
  frequency: 'once',
  currency: 'CHF',
  gift: 5_000,
  feeCover: 175,
  anonymous: false,
  dedication: { kind: 'honour', name: 'Ana' },
  message: 'For the rapporteur',
  updatesOptIn: true,
  locale: 'fr',
  createdAt: '2026-12-31T20:00:00.000Z',
  updatedAt: '2026-12-31T20:00:00.000Z',
});

const settlement = {
  paymentIntentId: 'pi_1',
  chargeId: 'ch_1',
  gross: 5_175,
  fee: 180,
  net: 4_995,
  currency: 'eur',
  paidAt: '2026-12-31T23:59:00.000Z',
};

const paidState: CheckoutState = {
  sessionId: 'cs_test_1',
  pledgeId: 'plg_00000000000000000000001',
  status: 'complete',
  paymentStatus: 'paid',
  amountTotal: 5_175,
  currency: 'chf',
  payment: 'succeeded',
  settlement,
  customer: { email: 'donor@example.org', name: 'A Donor' },
};

type PaidInput = FulfilmentInput;
const paidInput: PaidInput = {
  outcome: 'paid',
  pledge: pledge(),
  state: paidState,
  now: NOW,
};

const input = (outcome: FulfilmentOutcome, status: PledgeStatus): FulfilmentInput =>
  outcome === 'paid'
    ? { ...paidInput, pledge: pledge(status) }
    : { outcome, pledge: pledge(status), state: paidState, now: NOW };

describe('which pledges an outcome moves', () => {
  const moves: Record<FulfilmentOutcome, readonly PledgeStatus[]> = {
    paid: ['pending', 'processing'],
    processing: ['pending'],
    failed: ['pending', 'processing'],
    expired: ['pending'],
  };
  const cases = (Object.keys(moves) as FulfilmentOutcome[]).flatMap((outcome) =>
    PledgeStatus.options.map((status) => [outcome, status] as const),
  );

  it.each(cases)('%s on a %s pledge', (outcome, status) => {
    const plan = planFulfilment(input(outcome, status));
    if (!moves[outcome].includes(status)) {
      // Past this step already: only the event is recorded, so its repeat is known as one.
      expect(plan).toEqual({ write: 'event', effect: 'no_change' });
      return;
    }
    expect(plan).toMatchObject({
      write: 'transaction',
      effect: 'applied',
      move: {
        pledgeId: 'plg_00000000000000000000001',
        from: moves[outcome],
        to: outcome,
        leavesOpenIndex: outcome !== 'processing',
        at: NOW.toISOString(),
      },
    });
    expect(plan.write === 'transaction' && plan.payment !== undefined).toBe(outcome === 'paid');
  });
});

describe('a payment', () => {
  const planPaid = (change: Partial<PaidInput> = {}) => {
    const plan = planFulfilment({ ...paidInput, ...change });
    if (plan.write !== 'transaction' || !plan.payment) throw new Error(`no payment: ${plan.write}`);
    return plan.payment;
  };

  it('records the gift and fee cover apart, with the processor’s own figures', () => {
    expect(planPaid().payment).toEqual({
      pledgeId: 'plg_00000000000000000000001',
      orgSlug: 'mpm',
      campaignSlug: 'voix',
      currency: 'CHF',
      gift: 5_000,
      feeCover: 175,
      gross: 5_175,
      fee: 180,
      net: 4_995,
      settlementCurrency: 'EUR',
      paidAt: '2026-12-31T23:59:00.000Z',
      checkoutSessionId: 'cs_test_1',
      paymentIntentId: 'pi_1',
      chargeId: 'ch_1',
      donorEmail: 'donor@example.org',
      donorName: 'A Donor',
      anonymous: false,
      dedication: { kind: 'honour', name: 'Ana' },
      message: 'For the rapporteur',
      locale: 'fr',
      refunded: 0,
    });
  });

  it('adds the gift alone and one supporter to the campaign, and queues one receipt', () => {
    const writes = planPaid();
    expect(writes.campaignTotal).toEqual({
      orgSlug: 'mpm',
      campaignSlug: 'voix',
      currency: 'CHF',
      amount: 5_000,
      supporters: 1,
    });
    expect(writes.email).toEqual({
      outboxId: 'receipt_plg_00000000000000000000001',
      kind: 'receipt',
      pledgeId: 'plg_00000000000000000000001',
      dueAt: NOW.toISOString(),
    });
  });

  it('is dated when the donor paid, not when we heard, and takes no receipt number yet', () => {
    expect(paidAt(paidState, NOW)).toEqual({ at: '2026-12-31T23:59:00.000Z', year: 2026 });
    expect(planPaid().payment.paidAt).toBe('2026-12-31T23:59:00.000Z');
    // The organisation's counter is a hot key: the number is taken when the receipt is issued.
    expect(planPaid().payment.receiptNumber).toBeUndefined();
  });

  it('dates the payment now when the processor gives no charge time', () => {
    const writes = planPaid({
      state: { ...paidState, settlement: { ...settlement, paidAt: undefined } },
    });
    expect(writes.payment.paidAt).toBe(NOW.toISOString());
  });

  it.each([
    ['a different total', { amountTotal: 5_000 }],
    ['a different currency', { currency: 'EUR' }],
  ])('with %s than the pledge writes nothing', (_, change) => {
    const plan = planFulfilment({ ...paidInput, state: { ...paidState, ...change } });
    expect(plan).toEqual({ write: 'nothing', effect: 'amount_mismatch' });
  });

  it('is never planned without the processor’s settlement figures', () => {
    expect(() => planPaid({ state: { ...paidState, settlement: undefined } })).toThrow(
      /no settlement/,
    );
  });
});
