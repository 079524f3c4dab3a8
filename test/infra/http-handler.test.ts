import type { Db } from '@haven/db';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { type HttpApiEvent, httpApiEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// Pages never leave for Stripe or Resend.
refuseOutsideRequests(inject('dynamoEndpoint'));

let handler: typeof import('../../functions/http').handler;
const context = lambdaContext('haven-dev-http');
let db: Db;

beforeAll(async () => {
  db = await createTestDb();
  stubLambdaEnv('http', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
  // The entry reads its configuration when imported, so it is imported after the env is set.
  vi.resetModules();
  ({ handler } = await import('../../functions/http'));
});
afterAll(() => vi.unstubAllEnvs());

/** Calls the entry, checking that its role (stacks/access.ts) allows every table call it made. */
async function invoke(event: HttpApiEvent) {
  const { result, calls } = await tableCallsDuring(() => handler(event, context));
  expectGranted('http', calls);
  return result;
}

describe('functions/http.ts behind the HTTP API', () => {
  it('answers the health check on its route', async () => {
    const response = await invoke(
      httpApiEvent({ path: '/healthz', routeKey: 'GET /healthz', headers: { accept: '*/*' } }),
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(String(response.body))).toEqual({ status: 'ok' });
  });

  it('serves a page through the $default route', async () => {
    const response = await invoke(httpApiEvent({ path: '/' }));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<html');
  });

  it('serves an organisation and a campaign page, reading only by key and on GSI1', async () => {
    for (const path of ['/fr/mpm', '/fr/mpm/voix-aux-nations-unies']) {
      const response = await invoke(httpApiEvent({ path }));
      expect(response.statusCode).toBe(200);
    }
  });

  it('serves no staff page: those are the staff function’s (functions/staff.ts)', async () => {
    for (const path of ['/staff', '/staff/sign-in']) {
      expect((await invoke(httpApiEvent({ path }))).statusCode).toBe(404);
    }
  });

  it('answers an unknown page with 404, not an error', async () => {
    const response = await invoke(httpApiEvent({ path: '/no-such-organisation-here' }));
    expect(response.statusCode).toBe(404);
  });
});
