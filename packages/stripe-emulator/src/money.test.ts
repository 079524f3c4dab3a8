import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { StripeEmulator } from './server';
import {
  control,
  donation,
  StripeErrorBody,
  startWithReceiver,
  verified,
  type WebhookReceiver,
} from './test-support';

let emulator: StripeEmulator;
let receiver: WebhookReceiver;
let stripe: Stripe;

beforeEach(async () => {
  ({ emulator, receiver, stripe } = await startWithReceiver());
});
afterEach(async () => {
  await emulator.stop();
  await receiver.close();
});

const Moved = z.object({
  object: z.looseObject({ id: z.string() }),
  event_ids: z.array(z.string()),
});

/** A paid card charge of `amount` EUR cents; answers its id. */
async function paidCharge(amount = 2_500): Promise<string> {
  const session = await stripe.checkout.sessions.create(
    donation({
      line_items: [
        {
          price_data: { currency: 'eur', unit_amount: amount, product_data: { name: 'Gift' } },
          quantity: 1,
        },
      ],
    }),
  );
  await control(emulator, `/sessions/${session.id}/pay`, {
    card: '4242424242424242',
    email: 'a@b.org',
  });
  const again = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
  const pi = again.payment_intent;
  if (typeof pi !== 'object' || pi === null || typeof pi.latest_charge !== 'string') {
    throw new Error('no charge');
  }
  return pi.latest_charge;
}

const eventTypes = async () => {
  await emulator.waitForDeliveries();
  return receiver.received.map((webhook) => verified(stripe, webhook).type);
};

describe('refunds', () => {
  it('refunds partly, several times, with a balance transaction each, up to the charge', async () => {
    const charge = await paidCharge();
    const first = await stripe.refunds.create({
      charge,
      amount: 1_000,
      reason: 'requested_by_customer',
    });
    const second = await stripe.refunds.create({ charge, amount: 500 });
    expect(first.status).toBe('succeeded');
    const txn = await stripe.balanceTransactions.retrieve(String(first.balance_transaction));
    expect([txn.type, txn.amount, txn.net, txn.source]).toEqual([
      'refund',
      -1_000,
      -1_000,
      first.id,
    ]);
    const listed = await stripe.refunds.list({ charge });
    expect(listed.data.map((refund) => refund.id)).toEqual([second.id, first.id]);
    expect((await stripe.charges.retrieve(charge)).amount_refunded).toBe(1_500);
    await expect(stripe.refunds.create({ charge, amount: 1_001 })).rejects.toThrow(/greater than/);
    const rest = await stripe.refunds.create({ charge });
    expect(rest.amount).toBe(1_000);
    expect((await stripe.charges.retrieve(charge)).refunded).toBe(true);
    expect((await eventTypes()).filter((type) => type !== 'checkout.session.completed')).toEqual([
      'refund.created',
      'charge.refunded',
      'refund.created',
      'charge.refunded',
      'refund.created',
      'charge.refunded',
    ]);
  });

  it('refunds "from the Dashboard" through the control API', async () => {
    const charge = await paidCharge();
    const { status, body } = await control(emulator, `/charges/${charge}/refund`, { amount: 700 });
    expect(status).toBe(200);
    const refund = await stripe.refunds.retrieve(Moved.parse(body).object.id);
    expect(refund.amount).toBe(700);
    const refused = await control(emulator, `/charges/${charge}/refund`, { amount: 5_000 });
    expect(refused.status).toBe(400);
    expect(StripeErrorBody.parse(refused.body).error.code).toBe('amount_too_large');
  });
});

describe('disputes', () => {
  it('takes the amount and the dispute fee, and gives the amount back when won', async () => {
    const charge = await paidCharge();
    const opened = Moved.parse((await control(emulator, `/charges/${charge}/dispute`, {})).body);
    const dispute = await stripe.disputes.retrieve(opened.object.id);
    expect(dispute.balance_transactions.map((t) => [t.amount, t.fee])).toEqual([[-2_500, 1_500]]);
    await control(emulator, `/disputes/${dispute.id}/close`, { outcome: 'won' });
    const won = await stripe.disputes.retrieve(dispute.id);
    expect(won.status).toBe('won');
    expect(won.balance_transactions.map((t) => [t.amount, t.fee])).toEqual([
      [-2_500, 1_500],
      [2_500, 0],
    ]);
    expect((await eventTypes()).slice(1)).toEqual([
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
      'charge.dispute.funds_reinstated',
      'charge.dispute.closed',
    ]);
  });

  it('a lost dispute keeps the money and closes', async () => {
    const charge = await paidCharge();
    const opened = Moved.parse((await control(emulator, `/charges/${charge}/dispute`, {})).body);
    await control(emulator, `/disputes/${opened.object.id}/close`, { outcome: 'lost' });
    expect((await stripe.disputes.retrieve(opened.object.id)).status).toBe('lost');
  });
});

describe('payouts', () => {
  it('pays out the balance, and its balance transactions sum to the payout', async () => {
    const charge = await paidCharge(2_500);
    await paidCharge(4_000);
    await stripe.refunds.create({ charge, amount: 300 });
    const paid = Moved.parse((await control(emulator, '/payouts', { currency: 'eur' })).body);
    const payout = await stripe.payouts.retrieve(paid.object.id);
    const parts = await stripe.balanceTransactions.list({ payout: payout.id, limit: 2 });
    const all: Stripe.BalanceTransaction[] = [];
    for await (const txn of stripe.balanceTransactions.list({ payout: payout.id, limit: 2 })) {
      all.push(txn);
    }
    expect(parts.has_more).toBe(true);
    expect(all.map((txn) => txn.type).sort()).toEqual(['charge', 'charge', 'payout', 'refund']);
    expect(all.reduce((sum, txn) => sum + txn.net, 0)).toBe(0);
    expect(payout.status).toBe('paid');
    const nothing = await control(emulator, '/payouts', { currency: 'eur' });
    expect(nothing.status).toBe(400);
    expect((await eventTypes()).slice(-2)).toEqual(['payout.created', 'payout.paid']);
  });

  it('a failed payout brings the money back for the next one', async () => {
    await paidCharge(2_500);
    const failed = Moved.parse(
      (await control(emulator, '/payouts', { currency: 'eur', fail: true })).body,
    );
    expect((await stripe.payouts.retrieve(failed.object.id)).status).toBe('failed');
    const next = Moved.parse((await control(emulator, '/payouts', { currency: 'eur' })).body);
    const payout = await stripe.payouts.retrieve(next.object.id);
    expect(payout.amount).toBe(2_500 - 103);
    expect((await eventTypes()).slice(-3)).toEqual([
      'payout.failed',
      'payout.created',
      'payout.paid',
    ]);
  });
});

describe('money lists', () => {
  it('lists charges, refunds, disputes and payouts newest first, by created range, page by page', async () => {
    const first = await paidCharge(1_000);
    const second = await paidCharge(2_000);
    const refund = Moved.parse(
      (await control(emulator, `/charges/${first}/refund`, { amount: 400 })).body,
    );
    const payout = Moved.parse((await control(emulator, '/payouts', { currency: 'eur' })).body);
    const dispute = Moved.parse((await control(emulator, `/charges/${second}/dispute`, {})).body);

    const since = { created: { gte: Math.floor(Date.now() / 1000) - 60 } };
    const charges = await stripe.charges.list({ ...since, limit: 1 });
    expect(charges.data.map((charge) => charge.id)).toEqual([second]);
    expect(charges.has_more).toBe(true);
    const all: string[] = [];
    for await (const charge of stripe.charges.list({ ...since, limit: 1 })) all.push(charge.id);
    expect(all).toEqual([second, first]);
    expect((await stripe.refunds.list(since)).data.map((one) => one.id)).toEqual([
      refund.object.id,
    ]);
    expect((await stripe.disputes.list(since)).data.map((one) => one.id)).toEqual([
      dispute.object.id,
    ]);
    expect((await stripe.payouts.list(since)).data.map((one) => one.id)).toEqual([
      payout.object.id,
    ]);

    // Nothing is listed from after now.
    const later = { created: { gt: Math.floor(Date.now() / 1000) + 60 } };
    expect((await stripe.charges.list(later)).data).toEqual([]);
    expect((await stripe.payouts.list(later)).data).toEqual([]);
  });
});
