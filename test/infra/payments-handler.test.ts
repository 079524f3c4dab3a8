import { findCampaign } from '@haven/db';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { tableKeys } from '../support/raw-table';
import { formPostEvent, httpApiEvent, jsonPostEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// Refused input must be answered before any call to Stripe: a request to it fails the test.
refuseOutsideRequests(inject('dynamoEndpoint'));

const db = await createTestDb();
let handler: typeof import('../../functions/payments').handler;
const context = lambdaContext('haven-dev-payments');

beforeAll(async () => {
  stubLambdaEnv('payments', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
  // The entry reads its configuration when imported, so it is imported after the env is set.
  vi.resetModules();
  ({ handler } = await import('../../functions/payments'));
});
afterAll(() => vi.unstubAllEnvs());

describe('functions/payments.ts behind its HTTP API routes', () => {
  it('re-renders the donation form with 422 for a currency the campaign does not take, writing nothing', async () => {
    const before = await tableKeys(db);
    const { result: response, calls } = await tableCallsDuring(() =>
      handler(
        formPostEvent(
          '/fr/mpm/voix-aux-nations-unies/donate',
          'POST /{lang}/{org}/{campaign}/donate',
          { currency: 'JPY', amount: '5000', frequency: 'once' },
        ),
        context,
      ),
    );
    expect(calls).toContainEqual({ action: 'GetItem' });
    expectGranted('payments', calls);
    expect(response.statusCode).toBe(422);
    expect(response.headers?.['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<form class="donate"');
    expect(await tableKeys(db)).toEqual(before);
    const campaign = await findCampaign(db, 'mpm', 'voix-aux-nations-unies');
    expect(campaign?.totals).toEqual({});
  });

  it('answers an amount below the minimum on /api/donations with 422 problem details, writing nothing', async () => {
    const before = await tableKeys(db);
    const { result: response, calls } = await tableCallsDuring(() =>
      handler(
        jsonPostEvent('/api/donations', 'POST /api/donations', {
          organisation: 'mpm',
          campaign: 'voix-aux-nations-unies',
          amount: 1,
          currency: 'CHF',
          locale: 'fr',
        }),
        context,
      ),
    );
    expect(calls).toContainEqual({ action: 'GetItem' });
    expectGranted('payments', calls);
    expect(response.statusCode).toBe(422);
    expect(response.headers?.['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(String(response.body))).toMatchObject({
      status: 422,
      errors: [{ path: 'amount', message: 'too_small' }],
    });
    expect(await tableKeys(db)).toEqual(before);
  });

  it('serves the owner’s Stripe onboarding behind the staff sign-in, and no other staff page', async () => {
    const connect = await handler(
      formPostEvent('/staff/stripe/connect', 'POST /staff/stripe/connect', {}),
      context,
    );
    expect(connect.statusCode).toBe(401);
    expect(connect.headers?.['cache-control']).toMatch(/no-store/);
    const back = await handler(
      httpApiEvent({ path: '/staff/stripe/return', routeKey: 'GET /staff/stripe/return' }),
      context,
    );
    expect(back.statusCode).toBe(303);
    expect(back.headers?.location).toBe('/staff/sign-in');
    const members = await handler(
      httpApiEvent({ path: '/staff/members', routeKey: '$default' }),
      context,
    );
    expect(members.statusCode).toBe(404);
  });
});
