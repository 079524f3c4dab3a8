import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { type HttpApiEvent, httpApiEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// The public API never leaves for Stripe or Resend.
refuseOutsideRequests(inject('dynamoEndpoint'));

let handler: typeof import('../../functions/json-api').handler;
const context = lambdaContext('haven-dev-json-api');

beforeAll(async () => {
  const db = await createTestDb();
  stubLambdaEnv('jsonApi', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
  // The entry reads its configuration when imported, so it is imported after the env is set.
  vi.resetModules();
  ({ handler } = await import('../../functions/json-api'));
});
afterAll(() => vi.unstubAllEnvs());

/** Calls the entry, checking that its role (stacks/access.ts) allows every table call it made. */
async function invoke(event: HttpApiEvent) {
  const { result, calls } = await tableCallsDuring(() => handler(event, context));
  expectGranted('jsonApi', calls);
  return result;
}

const apiEvent = (path: string) =>
  httpApiEvent({ path, routeKey: 'ANY /api/{proxy+}', headers: { accept: 'application/json' } });

describe('functions/json-api.ts behind the HTTP API', () => {
  it('serves the JSON API through its proxy route', async () => {
    const response = await invoke(apiEvent('/api/organisations'));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^application\/json/);
  });

  it('serves the OpenAPI document', async () => {
    const response = await invoke(apiEvent('/api/openapi.json'));
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(JSON.parse(String(response.body)).paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/organisations', '/healthz']));
  });

  it('answers an unknown campaign with problem details', async () => {
    const response = await invoke(apiEvent('/api/organisations/mpm/campaigns/no-such-campaign'));
    expect(response.statusCode).toBe(404);
    expect(response.headers?.['content-type']).toMatch(/^application\/problem\+json/);
  });
});
