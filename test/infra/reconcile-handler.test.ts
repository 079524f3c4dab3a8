import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { lambdaContext } from './fixtures/http-api';
import { scheduledEvent } from './fixtures/scheduled';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// Stripe is asked about each payment (the demo data has none) and for the last days' paid
// Checkout Sessions, whose webhooks may have been lost: it lists one that is not ours. The
// ledger's check lists the period's charges, refunds, disputes and payouts: none here.
const listed: URL[] = [];
const moneyListed: string[] = [];
const emptyList = (path: string) =>
  http.get(`https://api.stripe.com/v1/${path}`, ({ request }) => {
    moneyListed.push(new URL(request.url).pathname);
    return HttpResponse.json({ object: 'list', url: `/v1/${path}`, has_more: false, data: [] });
  });
refuseOutsideRequests(
  inject('dynamoEndpoint'),
  http.get('https://api.stripe.com/v1/checkout/sessions', ({ request }) => {
    listed.push(new URL(request.url));
    return HttpResponse.json({
      object: 'list',
      url: '/v1/checkout/sessions',
      has_more: false,
      data: [
        {
          id: 'cs_live_other',
          object: 'checkout.session',
          payment_status: 'paid',
          client_reference_id: null,
        },
      ],
    });
  }),
  ...['charges', 'refunds', 'disputes', 'payouts'].map(emptyList),
);

const db = await createTestDb();
let handler: typeof import('../../functions/reconcile').handler;

beforeAll(async () => {
  stubLambdaEnv('reconcile', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
  vi.resetModules();
  ({ handler } = await import('../../functions/reconcile'));
});
afterAll(() => vi.unstubAllEnvs());

describe('functions/reconcile.ts on its daily schedule', () => {
  it('finds the demo data consistent, using only the reads its role grants', async () => {
    const { result, calls } = await tableCallsDuring(() =>
      handler(scheduledEvent(), lambdaContext('haven-dev-reconcile')),
    );
    expect(result).toEqual({ ok: true, payments: 0 });
    expect(listed).toHaveLength(1);
    expect(listed[0]?.searchParams.get('created[gte]')).toMatch(/^\d+$/);
    expect(moneyListed).toEqual(['/v1/charges', '/v1/refunds', '/v1/disputes', '/v1/payouts']);
    expect(calls.map((call) => call.action)).not.toContain('PutItem');
    // Organisations, campaigns and payments on GSI1, counters on the table, the outbox on GSI2.
    expect(calls).toContainEqual({ action: 'Query', index: 'gsi1' });
    expect(calls).toContainEqual({ action: 'Query' });
    expect(calls).toContainEqual({ action: 'Query', index: 'gsi2' });
    expectGranted('reconcile', calls);
  });
});
