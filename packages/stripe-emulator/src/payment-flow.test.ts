import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processingFee } from './fees';
import type { StripeEmulator } from './server';
import {
  control,
  donation,
  EventList,
  StripeErrorBody,
  startWithReceiver,
  Transition,
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

const pay = async (sessionId: string, body: object) => {
  const { status, body: json } = await control(emulator, `/sessions/${sessionId}/pay`, body);
  expect(status).toBe(200);
  return Transition.parse(json);
};

const receivedEvents = () => receiver.received.map((webhook) => verified(stripe, webhook));

describe('paying with 4242 4242 4242 4242', () => {
  it('completes the session and sends a signed checkout.session.completed the SDK verifies', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const { event_ids } = await pay(session.id, {
      card: '4242 4242 4242 4242',
      email: 'ada@example.org',
    });
    await emulator.waitForDeliveries();

    const [event] = receivedEvents();
    if (event?.type !== 'checkout.session.completed')
      throw new Error('expected checkout.session.completed');
    expect(event.id).toBe(event_ids[0]);
    expect(event.id).toMatch(/^evt_/);
    expect(event.api_version).toBe(Stripe.API_VERSION);
    expect(event).toMatchObject({ object: 'event', livemode: false, pending_webhooks: 1 });
    expect(event.data.object).toMatchObject({
      id: session.id,
      status: 'complete',
      payment_status: 'paid',
      amount_total: 2500,
      client_reference_id: 'pledge_123',
      metadata: { pledgeId: 'pledge_123' },
      customer_details: { email: 'ada@example.org' },
    });
    expect(event.data.object.payment_intent).toMatch(/^pi_/);
    expect(receiver.received[0]?.headers['stripe-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('a tampered payload or the wrong secret fails the SDK’s signature check', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { card: '4242424242424242', email: 'ada@example.org' });
    await emulator.waitForDeliveries();
    const [webhook] = receiver.received;
    const signature = String(webhook?.headers['stripe-signature']);
    const body = String(webhook?.body);
    expect(() =>
      stripe.webhooks.constructEvent(
        body.replace('2500', '2600'),
        signature,
        'whsec_test_emulator_secret',
      ),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() => stripe.webhooks.constructEvent(body, signature, 'whsec_test_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('retrieves the session with nested expansion down to a balance transaction whose fee and net add up', async () => {
    const session = await stripe.checkout.sessions.create(
      donation({
        payment_intent_data: { metadata: { pledgeId: 'pledge_123' }, description: 'Gift' },
      }),
    );
    await pay(session.id, { card: '4242424242424242', email: 'ada@example.org', name: 'Ada' });
    const full = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent.latest_charge.balance_transaction'],
    });
    const pi = full.payment_intent;
    if (typeof pi !== 'object' || pi === null) throw new Error('payment_intent not expanded');
    expect(pi).toMatchObject({
      object: 'payment_intent',
      status: 'succeeded',
      amount: 2500,
      amount_received: 2500,
      metadata: { pledgeId: 'pledge_123' },
      description: 'Gift',
    });
    const charge = pi.latest_charge;
    if (typeof charge !== 'object' || charge === null)
      throw new Error('latest_charge not expanded');
    expect(charge).toMatchObject({
      object: 'charge',
      status: 'succeeded',
      paid: true,
      payment_intent: pi.id,
    });
    expect(charge.billing_details).toMatchObject({ email: 'ada@example.org', name: 'Ada' });
    expect(charge.payment_method_details?.card?.last4).toBe('4242');
    const txn = charge.balance_transaction;
    if (typeof txn !== 'object' || txn === null)
      throw new Error('balance_transaction not expanded');
    expect(txn.fee).toBe(processingFee(2500, 'eur', { basisPoints: 290, fixedMinor: 30 }));
    expect(txn.fee).toBe(103); // 2.9% of 25.00 = 0.725 → 0.73, + 0.30
    expect(txn.net + txn.fee).toBe(txn.amount);
    expect(txn).toMatchObject({
      amount: 2500,
      currency: 'eur',
      exchange_rate: null,
      source: charge.id,
    });
    expect(txn.fee_details).toEqual([expect.objectContaining({ amount: 103, type: 'stripe_fee' })]);
    expect(txn.available_on).toBeGreaterThan(txn.created);

    // The same objects by id, unexpanded.
    expect((await stripe.paymentIntents.retrieve(pi.id)).latest_charge).toBe(charge.id);
    expect((await stripe.charges.retrieve(charge.id)).balance_transaction).toBe(txn.id);
    expect((await stripe.balanceTransactions.retrieve(txn.id)).net).toBe(txn.net);
  });

  it('a paid session can no longer be paid or expired', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { card: '4242424242424242', email: 'ada@example.org' });
    const second = await control(emulator, `/sessions/${session.id}/pay`, {
      card: '4242424242424242',
    });
    expect(second.status).toBe(400);
    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toThrow(/open/);
  });
});

describe('declined card 4000 0000 0000 0002', () => {
  it('answers 402 card_declined, leaves the session open and sends nothing', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const { status, body } = await control(emulator, `/sessions/${session.id}/pay`, {
      card: '4000000000000002',
      email: 'ada@example.org',
    });
    expect(status).toBe(402);
    expect(StripeErrorBody.parse(body).error).toMatchObject({
      type: 'card_error',
      code: 'card_declined',
      message: 'Your card was declined.',
    });
    await emulator.waitForDeliveries();
    expect(receiver.received).toHaveLength(0);
    const after = await stripe.checkout.sessions.retrieve(session.id);
    expect(after).toMatchObject({ status: 'open', payment_status: 'unpaid', payment_intent: null });
  });
});

describe('SEPA debit (asynchronous)', () => {
  it('AT61…3201: completed as unpaid, then async_payment_succeeded once settled', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const paid = await pay(session.id, { iban: 'AT611904300234573201', email: 'ada@example.org' });
    expect(paid.session).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    const processing = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent.latest_charge'],
    });
    expect(processing.payment_intent).toMatchObject({
      status: 'processing',
      latest_charge: { status: 'pending', balance_transaction: null },
    });

    const settled = await control(emulator, `/sessions/${session.id}/settle`, {
      outcome: 'succeeded',
    });
    expect(Transition.parse(settled.body).session.payment_status).toBe('paid');
    await emulator.waitForDeliveries();

    const events = receivedEvents();
    expect(events.map((e) => e.type)).toEqual([
      'checkout.session.completed',
      'checkout.session.async_payment_succeeded',
    ]);
    expect(events[0]?.data.object).toMatchObject({ payment_status: 'unpaid' });
    expect(events[1]?.data.object).toMatchObject({ payment_status: 'paid' });
    const done = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent.latest_charge.balance_transaction'],
    });
    expect(done.payment_intent).toMatchObject({
      status: 'succeeded',
      latest_charge: { status: 'succeeded', balance_transaction: { amount: 2500 } },
    });
  });

  it('AT86…3202: async_payment_failed, payment intent back to requires_payment_method', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { iban: 'AT86 1904 3002 3547 3202', email: 'ada@example.org' });
    const settled = await control(emulator, `/sessions/${session.id}/settle`, {});
    expect(Transition.parse(settled.body).session.payment_status).toBe('unpaid');
    await emulator.waitForDeliveries();
    expect(receivedEvents().map((e) => e.type)).toEqual([
      'checkout.session.completed',
      'checkout.session.async_payment_failed',
    ]);
    const done = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['payment_intent.latest_charge'],
    });
    expect(done.payment_intent).toMatchObject({
      status: 'requires_payment_method',
      latest_charge: { status: 'failed' },
    });
    const twice = await control(emulator, `/sessions/${session.id}/settle`, {});
    expect(twice.status).toBe(400);
  });

  it('settles on its own after asyncSettlementDelayMs', async () => {
    await emulator.stop();
    ({ emulator, receiver, stripe } = await startWithReceiver({ asyncSettlementDelayMs: 30 }));
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { iban: 'AT611904300234573201', email: 'ada@example.org' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await emulator.waitForDeliveries();
    expect(receivedEvents().map((e) => e.type)).toContain(
      'checkout.session.async_payment_succeeded',
    );
  });
});

describe('expiry', () => {
  it('control expire sends checkout.session.expired with the expired session', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const { body } = await control(emulator, `/sessions/${session.id}/expire`, {});
    expect(Transition.parse(body).session.status).toBe('expired');
    await emulator.waitForDeliveries();
    const [event] = receivedEvents();
    expect(event?.type).toBe('checkout.session.expired');
    expect(event?.data.object).toMatchObject({ id: session.id, status: 'expired' });
  });

  it('API expire records the request id and idempotency key on the event', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    await stripe.checkout.sessions.expire(session.id, {}, { idempotencyKey: 'expire-key-1' });
    await emulator.waitForDeliveries();
    const [event] = receivedEvents();
    expect(event?.request).toMatchObject({ idempotency_key: 'expire-key-1' });
    expect(event?.request?.id).toMatch(/^req_/);
  });
});

describe('redelivery, resend and duplicates', () => {
  it('redelivers the same event after a 500 and records every attempt', async () => {
    receiver.respondWith((_, index) => (index === 0 ? 500 : 200));
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { card: '4242424242424242', email: 'ada@example.org' });
    await emulator.waitForDeliveries();
    const events = receivedEvents();
    expect(events).toHaveLength(2);
    expect(events[1]?.id).toBe(events[0]?.id);
    const list = EventList.parse((await control(emulator, '/events')).body);
    expect(list.data[0]?.deliveries.map((d) => d.status)).toEqual([500, 200]);
  });

  it('gives up after the configured redeliveries when the endpoint keeps failing', async () => {
    receiver.respondWith(() => 503);
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { card: '4242424242424242', email: 'ada@example.org' });
    await emulator.waitForDeliveries();
    expect(receiver.received).toHaveLength(3); // first attempt + redeliveryDelaysMs [20, 40]
    expect(emulator.events()[0]?.deliveries.map((d) => d.status)).toEqual([503, 503, 503]);
  });

  it('records a refused connection as an attempt without a status', async () => {
    emulator.setWebhookUrl('http://127.0.0.1:9/closed');
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { card: '4242424242424242', email: 'ada@example.org' });
    await emulator.waitForDeliveries();
    expect(emulator.events()[0]?.deliveries.map((d) => d.status)).toEqual([null, null, null]);
  });

  it('resend sends the same event id again; duplicate sends N concurrent copies', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const { event_ids } = await pay(session.id, {
      card: '4242424242424242',
      email: 'ada@example.org',
    });
    const eventId = event_ids[0] ?? '';
    await emulator.waitForDeliveries();

    const resent = await control(emulator, `/events/${eventId}/resend`, {});
    expect(resent.body).toMatchObject({ event_id: eventId, delivery: { status: 200 } });
    const duplicated = await control(emulator, `/events/${eventId}/duplicate`, { count: 3 });
    expect(duplicated.body).toMatchObject({
      deliveries: [{ status: 200 }, { status: 200 }, { status: 200 }],
    });

    const ids = receivedEvents().map((e) => e.id);
    expect(ids).toEqual([eventId, eventId, eventId, eventId, eventId]);
    const bodies = new Set(receiver.received.map((w) => w.body));
    expect(bodies.size).toBe(1);
    const list = EventList.parse(
      (await control(emulator, `/events?session_id=${session.id}`)).body,
    );
    expect(list.data).toHaveLength(1);
    expect(list.data[0]?.deliveries).toHaveLength(5);
    expect((await control(emulator, '/events/evt_missing/resend', {})).status).toBe(404);
  });

  it('delivers a session’s first attempts in the order the events happened', async () => {
    // The endpoint is slow to answer the first event: the second must still wait for it.
    receiver.respondWith(async (_, index) => {
      if (index === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      return 200;
    });
    const session = await stripe.checkout.sessions.create(donation());
    await pay(session.id, { iban: 'AT611904300234573201', email: 'ada@example.org' });
    await control(emulator, `/sessions/${session.id}/settle`, {});
    await control(emulator, '/flush', {});
    const deliveredAt = emulator.events().map((record) => record.deliveries[0]?.at ?? 0);
    expect(deliveredAt[1]).toBeGreaterThanOrEqual((deliveredAt[0] ?? 0) + 90);
    expect(receivedEvents().map((e) => e.type)).toEqual([
      'checkout.session.completed',
      'checkout.session.async_payment_succeeded',
    ]);
  });
});
