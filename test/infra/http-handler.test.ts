import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDb } from '../support/db';
import { httpApiEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';

// The entry reads its configuration when imported, so it is imported after the env is set.
let handler: typeof import('../../functions/http').handler;
const context = lambdaContext('haven-dev-http');

beforeAll(async () => {
  const db = await createTestDb();
  stubLambdaEnv('http', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
  ({ handler } = await import('../../functions/http'));
});

describe('functions/http.ts behind the HTTP API', () => {
  it('answers the health check on its route', async () => {
    const response = await handler(
      httpApiEvent({ path: '/healthz', routeKey: 'GET /healthz', headers: { accept: '*/*' } }),
      context,
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(String(response.body))).toEqual({ status: 'ok' });
  });

  it('serves a page through the $default route', async () => {
    const response = await handler(httpApiEvent({ path: '/' }), context);
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('<html');
  });

  it('serves the JSON API through its proxy route', async () => {
    const response = await handler(
      httpApiEvent({
        path: '/api/organisations',
        routeKey: 'ANY /api/{proxy+}',
        headers: { accept: 'application/json' },
      }),
      context,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toMatch(/^application\/json/);
  });

  it('answers an unknown page with 404, not an error', async () => {
    const response = await handler(httpApiEvent({ path: '/no-such-organisation-here' }), context);
    expect(response.statusCode).toBe(404);
  });
});
