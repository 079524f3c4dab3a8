import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { tableKeys } from '../support/raw-table';
import { httpApiEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// A refused signature is decided locally: any request to Stripe fails the test.
refuseOutsideRequests(inject('dynamoEndpoint'));

const db = await createTestDb();
const context = lambdaContext('haven-dev-stripe-webhook');
const local = { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') };

/** The entry, freshly imported: it reads its configuration once, when imported. */
async function coldStart() {
  vi.resetModules();
  return import('../../functions/stripe-webhook');
}
afterEach(() => vi.unstubAllEnvs());
afterAll(() => vi.unstubAllEnvs());

const payload = JSON.stringify({
  id: 'evt_1SmokeTest',
  object: 'event',
  type: 'checkout.session.completed',
  data: { object: { id: 'cs_test_smoke', object: 'checkout.session' } },
});

describe('functions/stripe-webhook.ts behind POST /webhooks/stripe', () => {
  it('refuses a bad Stripe-Signature with 400 (Stripe will not retry), changing nothing', async () => {
    stubLambdaEnv('stripeWebhook', local);
    const { handler } = await coldStart();
    const before = await tableKeys(db);
    const { result: response, calls } = await tableCallsDuring(() =>
      handler(
        httpApiEvent({
          method: 'POST',
          path: '/webhooks/stripe',
          routeKey: 'POST /webhooks/stripe',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`,
            'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          },
          body: payload,
        }),
        context,
      ),
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(String(response.body))).toEqual({ error: 'invalid signature' });
    expect(calls).toEqual([]);
    expectGranted('stripeWebhook', calls);
    expect(await tableKeys(db)).toEqual(before);
  });

  it('refuses to start without STRIPE_WEBHOOK_SECRET, naming it', async () => {
    stubLambdaEnv('stripeWebhook', local);
    vi.stubEnv('STRIPE_WEBHOOK_SECRET', undefined);
    await expect(coldStart()).rejects.toMatchObject({
      name: 'ConfigError',
      problems: [expect.stringMatching(/^STRIPE_WEBHOOK_SECRET: /)],
    });
  });

  it('refuses a Connect event signed with anything but the Connect secret, 400, changing nothing', async () => {
    stubLambdaEnv('stripeWebhook', local);
    vi.stubEnv('STRIPE_MODE', 'connect');
    const { handler } = await coldStart();
    const before = await tableKeys(db);
    const connectPayload = JSON.stringify({ ...JSON.parse(payload), account: 'acct_1Smoke' });
    const { result: response, calls } = await tableCallsDuring(() =>
      handler(
        httpApiEvent({
          method: 'POST',
          path: '/webhooks/stripe-connect',
          routeKey: 'POST /webhooks/stripe-connect',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`,
          },
          body: connectPayload,
        }),
        context,
      ),
    );
    expect(response.statusCode).toBe(400);
    expect(calls).toEqual([]);
    expect(await tableKeys(db)).toEqual(before);
  });

  it('refuses to start in Connect mode without STRIPE_CONNECT_WEBHOOK_SECRET, naming it', async () => {
    stubLambdaEnv('stripeWebhook', local);
    vi.stubEnv('STRIPE_MODE', 'connect');
    vi.stubEnv('STRIPE_CONNECT_WEBHOOK_SECRET', undefined);
    await expect(coldStart()).rejects.toMatchObject({
      name: 'ConfigError',
      problems: [expect.stringMatching(/^STRIPE_CONNECT_WEBHOOK_SECRET: /)],
    });
  });
});
