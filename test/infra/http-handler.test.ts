import { randomUUID } from 'node:crypto';
import { type Db, hashToken, newStaffLink, requestStaffLinks } from '@haven/db';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { formPostEvent, type HttpApiEvent, httpApiEvent, lambdaContext } from './fixtures/http-api';
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

  it('answers an unknown page with 404, not an error', async () => {
    const response = await invoke(httpApiEvent({ path: '/no-such-organisation-here' }));
    expect(response.statusCode).toBe(404);
  });
});

describe('the staff pages on functions/http.ts', () => {
  it('signs in, manages members and signs out within the role stacks/access.ts grants', async () => {
    const asked = await invoke(
      formPostEvent('/staff/sign-in', '$default', { email: 'owner@mpm.example.org' }),
    );
    expect(asked.statusCode).toBe(200);

    // The link the email would carry (the outbox worker is another function, tested apart).
    const now = new Date();
    const link = newStaffLink({
      orgSlug: 'mpm',
      memberId: 'demo-mpm-owner',
      purpose: 'sign-in',
      validForMs: 60_000,
      now,
    });
    await requestStaffLinks(db, hashToken(randomUUID()), [link], now);
    const redeemed = await invoke(formPostEvent(`/staff/sign-in/${link.token}`, '$default', {}));
    expect(redeemed.statusCode).toBe(303);
    const session = redeemed.cookies?.find((cookie) => cookie.startsWith('__Host-haven-staff='));
    const cookies = [String(session?.split(';')[0])];
    const home = await invoke(httpApiEvent({ path: '/staff', cookies }));
    expect(home.statusCode).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(String(home.body))?.[1] ?? '';

    const post = async (path: string, fields: Record<string, string>) =>
      (await invoke(formPostEvent(path, '$default', { ...fields, _csrf: csrf }, cookies)))
        .statusCode;
    expect(
      await post('/staff/members', { email: 'new@mpm.example.org', role: 'viewer', locale: 'fr' }),
    ).toBe(303);
    expect(await post('/staff/members/demo-mpm-viewer/role', { role: 'owner' })).toBe(303);
    expect(await post('/staff/members/demo-mpm-viewer/role', { role: 'viewer' })).toBe(303);
    expect(await post('/staff/members/demo-mpm-fundraiser/remove', {})).toBe(303);
    for (const path of ['/staff/members', '/staff/audit', '/staff/settings', '/staff/security']) {
      expect((await invoke(httpApiEvent({ path, cookies }))).statusCode).toBe(200);
    }
    expect(await post('/staff/sign-out', {})).toBe(200);
    expect((await invoke(httpApiEvent({ path: '/staff', cookies }))).statusCode).toBe(303);
  });
});
