import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { lambdaContext } from './fixtures/http-api';
import { scheduledEvent } from './fixtures/scheduled';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

const sent: unknown[] = [];
refuseOutsideRequests(
  inject('dynamoEndpoint'),
  http.post('https://api.resend.com/emails', async ({ request }) => {
    sent.push(await request.json());
    return HttpResponse.json({ id: 'email_unexpected' });
  }),
);

const db = await createTestDb();
let handler: typeof import('../../functions/outbox-sweep').handler;

beforeAll(async () => {
  stubLambdaEnv('outboxSweep', {
    tableName: db.tableName,
    dynamoEndpoint: inject('dynamoEndpoint'),
  });
  vi.resetModules();
  ({ handler } = await import('../../functions/outbox-sweep'));
});
afterAll(() => vi.unstubAllEnvs());

describe('functions/outbox-sweep.ts on its schedule', () => {
  it('reports nothing sent, retried or failed when nothing is due, after one look at GSI2', async () => {
    // EventBridge's scheduled event carries nothing the sweep needs; the context is for the logs.
    const { result, calls } = await tableCallsDuring(() =>
      handler(
        scheduledEvent('2026-11-25T12:05:00Z', 'haven-dev-outbox-sweep'),
        lambdaContext('haven-dev-outboxSweep'),
      ),
    );
    expect(result).toEqual({ sent: 0, retry: 0, failed: 0 });
    expect(calls).toEqual([{ action: 'Query', index: 'gsi2' }]);
    expectGranted('outboxSweep', calls);
    expect(sent).toEqual([]);
  });
});
