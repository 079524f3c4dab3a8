import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { lambdaContext } from './fixtures/http-api';
import { scheduledEvent } from './fixtures/scheduled';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// Stripe is asked about each payment; the demo data has none, so nothing may leave.
refuseOutsideRequests(inject('dynamoEndpoint'));

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
    expect(calls.map((call) => call.action)).not.toContain('PutItem');
    // Organisations, campaigns and payments on GSI1, counters on the table, the outbox on GSI2.
    expect(calls).toContainEqual({ action: 'Query', index: 'gsi1' });
    expect(calls).toContainEqual({ action: 'Query' });
    expect(calls).toContainEqual({ action: 'Query', index: 'gsi2' });
    expectGranted('reconcile', calls);
  });
});
