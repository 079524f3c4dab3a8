import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StripeEmulator } from './server';
import {
  control,
  donation,
  StripeErrorBody,
  startWithReceiver,
  Transition,
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

const EXPAND = ['payment_intent.latest_charge.balance_transaction'];

async function latestCharge(sessionId: string): Promise<Stripe.Charge> {
  const session = await stripe.checkout.sessions.retrieve(sessionId, { expand: EXPAND });
  const pi = session.payment_intent;
  if (typeof pi !== 'object' || pi === null) throw new Error('payment_intent not expanded');
  const charge = pi.latest_charge;
  if (typeof charge !== 'object' || charge === null) throw new Error('latest_charge not expanded');
  return charge;
}

describe('paying at a given time', () => {
  it('dates the charge and its balance transaction, e.g. just before the year ends', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const paidAt = Date.parse('2026-12-31T23:50:00Z') / 1000;
    const { status, body } = await control(emulator, `/sessions/${session.id}/pay`, {
      card: '4242424242424242',
      email: 'ada@example.org',
      paid_at: paidAt,
    });
    expect(status).toBe(200);
    expect(Transition.parse(body).session.payment_status).toBe('paid');
    const charge = await latestCharge(session.id);
    expect(charge.created).toBe(paidAt);
    expect(charge.balance_transaction).toMatchObject({ created: paidAt });
  });
});

describe('a card charge whose balance transaction comes later', () => {
  it('is paid without figures until the control API writes them', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const { status } = await control(emulator, `/sessions/${session.id}/pay`, {
      card: '4242424242424242',
      email: 'ada@example.org',
      defer_balance_transaction: true,
    });
    expect(status).toBe(200);
    const before = await latestCharge(session.id);
    expect(before).toMatchObject({ status: 'succeeded', balance_transaction: null });

    const written = await control(emulator, `/sessions/${session.id}/balance_transaction`, {});
    expect(written.status).toBe(200);
    expect(written.body).toMatchObject({ object: 'balance_transaction', amount: 2500, fee: 103 });
    expect((await latestCharge(session.id)).balance_transaction).toMatchObject({ fee: 103 });

    const again = await control(emulator, `/sessions/${session.id}/balance_transaction`, {});
    expect(again.status).toBe(400);
    expect(StripeErrorBody.parse(again.body).error.code).toBe('no_pending_balance_transaction');
  });
});

describe('the request log', () => {
  it('keeps every API call with the body the SDK sent, failed ones included', async () => {
    const session = await stripe.checkout.sessions.create(donation({ locale: 'fr' }));
    await expect(stripe.checkout.sessions.create(donation({ currency: 'eur' }))).rejects.toThrow();
    await stripe.checkout.sessions.retrieve(session.id);

    const requests = emulator.requests();
    expect(requests.map(({ method, path, status }) => [method, path, status])).toEqual([
      ['POST', '/v1/checkout/sessions', 200],
      ['POST', '/v1/checkout/sessions', 400],
      ['GET', `/v1/checkout/sessions/${session.id}`, 200],
    ]);
    const sent = new URLSearchParams(requests[0]?.body);
    expect(sent.get('line_items[0][price_data][unit_amount]')).toBe('2500');
    expect(sent.get('locale')).toBe('fr');
    const { body } = await control(emulator, '/requests');
    expect(body).toMatchObject({ data: [{ id: expect.stringMatching(/^req_/) }, {}, {}] });
  });
});
