import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { StripeEmulator } from './server';
import {
  control,
  donation,
  startWithReceiver,
  Transition,
  type WebhookReceiver,
} from './test-support';
import { STRIPE_RETRY_SCHEDULE_MS } from './webhooks';

const Advanced = z.object({
  now: z.number(),
  deliveries: z.array(z.object({ status: z.number().nullable() })),
});
const Retries = z.object({ now: z.number(), data: z.array(z.object({ dueAt: z.number() })) });

let emulator: StripeEmulator;
let receiver: WebhookReceiver;
let stripe: Stripe;

beforeEach(async () => {
  // Stripe's own schedule, as `npm start` and the load bench run it.
  ({ emulator, receiver, stripe } = await startWithReceiver({ redeliveryDelaysMs: undefined }));
});
afterEach(async () => {
  await emulator.stop();
  await receiver.close();
});

async function paidSession() {
  const session = await stripe.checkout.sessions.create(donation());
  const { status, body } = await control(emulator, `/sessions/${session.id}/pay`, {
    card: '4242424242424242',
    email: 'ada@example.org',
  });
  expect(status).toBe(200);
  return { session, eventId: Transition.parse(body).event_ids[0] ?? '' };
}

const advance = async (seconds: number) =>
  Advanced.parse((await control(emulator, '/clock/advance', { seconds })).body).deliveries;

/** Waits until the first attempts (made at once, in the background) have been answered. */
const firstAttempt = async (eventId: string) => {
  for (let i = 0; i < 100; i++) {
    const record = emulator.events().find(({ event }) => event.id === eventId);
    if ((record?.deliveries.length ?? 0) > 0) return record?.deliveries ?? [];
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no first attempt of ${eventId}`);
};

describe('redelivery on Stripe’s schedule', () => {
  it('retries a failing endpoint with backoff for up to three days, then stops', async () => {
    receiver.respondWith(() => 500);
    const { eventId } = await paidSession();
    expect(await firstAttempt(eventId)).toHaveLength(1);
    const { data, now } = Retries.parse((await control(emulator, '/webhooks/retries')).body);
    expect(data.map((retry) => retry.dueAt - now)).toEqual([expect.closeTo(60_000, -3)]);

    expect(await advance(59)).toEqual([]);
    expect(await advance(1)).toEqual([{ status: 500 }]);
    const rest = await advance(3 * 86_400);
    expect(rest).toHaveLength(STRIPE_RETRY_SCHEDULE_MS.length - 1);
    const attempts = emulator.events()[0]?.deliveries ?? [];
    expect(attempts).toHaveLength(1 + STRIPE_RETRY_SCHEDULE_MS.length);
    const span = (attempts.at(-1)?.at ?? 0) - (attempts[0]?.at ?? 0);
    expect(span).toBeGreaterThan(2 * 86_400_000);
    expect(span).toBeLessThanOrEqual(3 * 86_400_000);
    // Given up: nothing more, however long one waits.
    expect(await advance(7 * 86_400)).toEqual([]);
  });

  it('stops retrying once the endpoint answers 2xx', async () => {
    receiver.respondWith((_, index) => (index < 3 ? 503 : 200));
    const { eventId } = await paidSession();
    await firstAttempt(eventId);
    const made = await advance(3 * 3_600);
    expect(made.map((attempt) => attempt.status)).toEqual([503, 503, 200]);
    expect(await advance(3 * 86_400)).toEqual([]);
  });
});

describe('dropped deliveries', () => {
  it('loses every event while dropping: never delivered, never retried; resend still reaches the endpoint', async () => {
    expect((await control(emulator, '/webhooks/drop', { drop: true })).status).toBe(200);
    const { eventId } = await paidSession();
    expect(await firstAttempt(eventId)).toEqual([
      { status: null, error: 'dropped', at: expect.any(Number) },
    ]);
    expect(await advance(4 * 86_400)).toEqual([]);
    expect(receiver.received).toHaveLength(0);

    await control(emulator, '/webhooks/drop', { drop: false });
    const next = await paidSession();
    expect(await firstAttempt(next.eventId)).toMatchObject([{ status: 200 }]);
    expect(await control(emulator, `/events/${eventId}/resend`, {})).toMatchObject({
      body: { delivery: { status: 200 } },
    });
    expect(receiver.received).toHaveLength(2);
  });
});

describe('listing Checkout Sessions', () => {
  it('pages newest first through the SDK’s auto-pagination, with created[gte] and expansion', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await stripe.checkout.sessions.create(donation())).id);
    const { session: paid } = await paidSession();
    const listed = await stripe.checkout.sessions
      .list({ created: { gte: since }, limit: 2, expand: ['data.payment_intent'] })
      .autoPagingToArray({ limit: 100 });
    expect(listed.map((session) => session.id)).toEqual([paid.id, ...made.reverse()]);
    expect(listed[0]?.payment_status).toBe('paid');
    expect(typeof listed[0]?.payment_intent).toBe('object');
    const pages = emulator.requests().filter((request) => request.path === '/v1/checkout/sessions');
    expect(pages.filter((request) => request.method === 'GET')).toHaveLength(3);

    const future = await stripe.checkout.sessions.list({ created: { gte: since + 3_600 } });
    expect(future.data).toEqual([]);
    expect(future.has_more).toBe(false);
  });
});
