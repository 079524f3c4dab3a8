import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StripeEmulator, startStripeEmulator } from './server';
import { donation, stripeClient, WEBHOOK_SECRET } from './test-support';

let emulator: StripeEmulator;
let stripe: Stripe;

beforeAll(async () => {
  emulator = await startStripeEmulator({ webhookSecret: WEBHOOK_SECRET });
  stripe = stripeClient(emulator);
});
afterAll(() => emulator.stop());

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Stripe.errors.StripeError)) throw new Error('expected a StripeError');
  return error;
};

describe('POST /v1/checkout/sessions', () => {
  it('creates an open, unpaid session whose amounts and metadata round-trip through the SDK', async () => {
    const session = await stripe.checkout.sessions.create(
      donation({
        line_items: [
          {
            price_data: { currency: 'eur', unit_amount: 1250, product_data: { name: 'Legal aid' } },
            quantity: 2,
          },
        ],
        locale: 'fr',
        submit_type: 'donate',
        customer_email: 'ada@example.org',
        payment_intent_data: { metadata: { pledgeId: 'pledge_123' } },
      }),
    );
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      amount_total: 2500,
      amount_subtotal: 2500,
      currency: 'eur',
      status: 'open',
      payment_status: 'unpaid',
      payment_intent: null,
      client_reference_id: 'pledge_123',
      metadata: { pledgeId: 'pledge_123', campaignId: 'camp_9' },
      locale: 'fr',
      submit_type: 'donate',
      customer_email: 'ada@example.org',
      livemode: false,
    });
    expect(session.url).toBe(`${emulator.url}/c/pay/${session.id}`);
    expect(session.expires_at - session.created).toBe(24 * 3600);

    const again = await stripe.checkout.sessions.retrieve(session.id);
    expect(again.metadata).toEqual({ pledgeId: 'pledge_123', campaignId: 'camp_9' });
  });

  it('honours expires_at within Stripe’s 30 minutes to 24 hours window and rejects it outside', async () => {
    const now = Math.floor(Date.now() / 1000);
    const session = await stripe.checkout.sessions.create(donation({ expires_at: now + 3600 }));
    expect(session.expires_at).toBe(now + 3600);
    const error = await rejection(
      stripe.checkout.sessions.create(donation({ expires_at: now + 60 })),
    );
    expect(error.param).toBe('expires_at');
  });

  it('refuses setup mode, and subscription mode without recurring prices, with a clear invalid_request_error', async () => {
    const setup = await rejection(stripe.checkout.sessions.create(donation({ mode: 'setup' })));
    expect(setup).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(setup.statusCode).toBe(400);
    expect(setup.param).toBe('mode');
    expect(setup.message).toMatch(/mode=subscription/);
    const oneTime = await rejection(
      stripe.checkout.sessions.create(donation({ mode: 'subscription' })),
    );
    expect(oneTime.param).toBe('line_items[0][price_data][recurring]');
  });

  it('requires three-decimal amounts to end in 0, naming the bracketed param', async () => {
    const item = (unit_amount: number) => [
      { price_data: { currency: 'kwd', unit_amount, product_data: { name: 'Gift' } }, quantity: 1 },
    ];
    const error = await rejection(
      stripe.checkout.sessions.create(donation({ line_items: item(5005) })),
    );
    expect(error.param).toBe('line_items[0][price_data][unit_amount]');
    expect(error.code).toBe('amount_invalid');
    const ok = await stripe.checkout.sessions.create(donation({ line_items: item(5000) }));
    expect(ok.amount_total).toBe(5000);
    expect(ok.currency).toBe('kwd');
  });

  it('enforces a minimum charge per currency and Stripe’s currency format', async () => {
    const item = (currency: string, unit_amount: number) => [
      { price_data: { currency, unit_amount, product_data: { name: 'Gift' } }, quantity: 1 },
    ];
    const tooSmall = await rejection(
      stripe.checkout.sessions.create(donation({ line_items: item('usd', 49) })),
    );
    expect(tooSmall.code).toBe('amount_too_small');
    expect(
      (await stripe.checkout.sessions.create(donation({ line_items: item('usd', 50) })))
        .amount_total,
    ).toBe(50);
    expect(
      (await stripe.checkout.sessions.create(donation({ line_items: item('jpy', 500) })))
        .amount_total,
    ).toBe(500);

    const upper = await rejection(
      stripe.checkout.sessions.create(donation({ line_items: item('USD', 500) })),
    );
    expect(upper.param).toBe('line_items[0][price_data][currency]');
    const unknown = await rejection(
      stripe.checkout.sessions.create(donation({ line_items: item('xyz', 500) })),
    );
    expect(unknown.message).toBe('Invalid currency: xyz');
  });

  it('rejects negative amounts, missing names and unknown parameters like Stripe', async () => {
    const negative = await rejection(
      stripe.checkout.sessions.create(
        donation({
          line_items: [
            {
              price_data: { currency: 'eur', unit_amount: -1, product_data: { name: 'x' } },
              quantity: 1,
            },
          ],
        }),
      ),
    );
    expect(negative.param).toBe('line_items[0][price_data][unit_amount]');

    const body =
      'mode=payment&line_items[0][price_data][currency]=eur&line_items[0][price_data][unit_amount]=100&line_items[0][quantity]=1';
    const missing = await fetch(`${emulator.url}/v1/checkout/sessions`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer sk_test_x',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body,
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: { type: 'invalid_request_error', param: 'line_items[0][price_data][product_data]' },
    });

    const unknown = await rejection(
      stripe.checkout.sessions.create({
        ...donation(),
        shipping_address_collection: { allowed_countries: ['FR'] },
      }),
    );
    expect(unknown.code).toBe('parameter_unknown');
    expect(unknown.param).toBe('shipping_address_collection');
  });

  it('replays the first response for a repeated Idempotency-Key and refuses a different body', async () => {
    const key = `idem-${Date.now()}`;
    const first = await stripe.checkout.sessions.create(donation(), { idempotencyKey: key });
    const replay = await stripe.checkout.sessions.create(donation(), { idempotencyKey: key });
    expect(replay.id).toBe(first.id);
    expect(replay.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();

    const conflict = await rejection(
      stripe.checkout.sessions.create(donation({ client_reference_id: 'other' }), {
        idempotencyKey: key,
      }),
    );
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(conflict.statusCode).toBe(400);
    expect(conflict.type).toBe('StripeIdempotencyError');
  });

  it('saves nothing for a request that failed validation, so the key can be reused', async () => {
    const key = `idem-invalid-${Date.now()}`;
    await rejection(
      stripe.checkout.sessions.create(donation({ mode: 'subscription' }), { idempotencyKey: key }),
    );
    const created = await stripe.checkout.sessions.create(donation(), { idempotencyKey: key });
    expect(created.status).toBe('open');
  });
});

describe('authentication and unknown resources', () => {
  it('answers 401 without a key and refuses live keys', async () => {
    const none = await fetch(`${emulator.url}/v1/checkout/sessions/cs_test_x`);
    expect(none.status).toBe(401);
    const live = await rejection(
      new Stripe('sk_live_nope', {
        host: '127.0.0.1',
        port: emulator.port,
        protocol: 'http',
      }).checkout.sessions.retrieve('cs_test_x'),
    );
    expect(live).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('answers resource_missing 404 for unknown ids', async () => {
    const error = await rejection(stripe.checkout.sessions.retrieve('cs_test_missing'));
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('resource_missing');
    const charge = await rejection(stripe.charges.retrieve('ch_missing'));
    expect(charge.statusCode).toBe(404);
  });

  it('refuses to expand a property it cannot expand', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const error = await rejection(
      stripe.checkout.sessions.retrieve(session.id, { expand: ['customer'] }),
    );
    expect(error.message).toContain('cannot be expanded (customer)');
  });
});

describe('POST /v1/checkout/sessions/:id/expire', () => {
  it('expires an open session once and then refuses', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null, payment_status: 'unpaid' });
    const again = await rejection(stripe.checkout.sessions.expire(session.id));
    expect(again.statusCode).toBe(400);
  });
});
