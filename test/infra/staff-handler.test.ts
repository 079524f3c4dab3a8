import { randomUUID } from 'node:crypto';
import { type Db, hashToken, newStaffLink, requestStaffLinks } from '@haven/db';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestDb } from '../support/db';
import { formPostEvent, type HttpApiEvent, httpApiEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';
import { expectGranted, refuseOutsideRequests, tableCallsDuring } from './support/outside';

// The staff pages never leave for Stripe or Resend (sign-in links go to the outbox).
refuseOutsideRequests(inject('dynamoEndpoint'));

const ROUTE = 'ANY /staff/{proxy+}';
let handler: typeof import('../../functions/staff').handler;
const context = lambdaContext('haven-dev-staff');
let db: Db;

beforeAll(async () => {
  db = await createTestDb();
  stubLambdaEnv('staff', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
  // The entry reads its configuration when imported, so it is imported after the env is set.
  vi.resetModules();
  ({ handler } = await import('../../functions/staff'));
});
afterAll(() => vi.unstubAllEnvs());

/** Calls the entry, checking that its role (stacks/access.ts) allows every table call it made. */
async function invoke(event: HttpApiEvent) {
  const { result, calls } = await tableCallsDuring(() => handler(event, context));
  expectGranted('staff', calls);
  return result;
}

describe('functions/staff.ts behind the HTTP API', () => {
  it('serves only the staff pages: a public page or the health check is not its', async () => {
    for (const path of ['/', '/fr/mpm', '/healthz']) {
      expect((await invoke(httpApiEvent({ path, routeKey: ROUTE }))).statusCode).toBe(404);
    }
  });

  it('signs in, manages members and signs out within the role stacks/access.ts grants', async () => {
    const asked = await invoke(
      formPostEvent('/staff/sign-in', ROUTE, { email: 'owner@mpm.example.org' }),
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
    const redeemed = await invoke(formPostEvent(`/staff/sign-in/${link.token}`, ROUTE, {}));
    expect(redeemed.statusCode).toBe(303);
    const session = redeemed.cookies?.find((cookie) => cookie.startsWith('__Host-haven-staff='));
    const cookies = [String(session?.split(';')[0])];
    const home = await invoke(httpApiEvent({ path: '/staff', routeKey: 'ANY /staff', cookies }));
    expect(home.statusCode).toBe(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(String(home.body))?.[1] ?? '';

    const post = async (path: string, fields: Record<string, string>) =>
      (await invoke(formPostEvent(path, ROUTE, { ...fields, _csrf: csrf }, cookies))).statusCode;
    expect(
      await post('/staff/members', { email: 'new@mpm.example.org', role: 'viewer', locale: 'fr' }),
    ).toBe(303);
    expect(await post('/staff/members/demo-mpm-viewer/role', { role: 'owner' })).toBe(303);
    expect(await post('/staff/members/demo-mpm-viewer/role', { role: 'viewer' })).toBe(303);
    expect(await post('/staff/members/demo-mpm-fundraiser/remove', {})).toBe(303);
    for (const path of ['/staff/members', '/staff/audit', '/staff/settings', '/staff/security']) {
      expect((await invoke(httpApiEvent({ path, routeKey: ROUTE, cookies }))).statusCode).toBe(200);
    }
    expect(await post('/staff/sign-out', {})).toBe(200);
    expect(
      (await invoke(httpApiEvent({ path: '/staff', routeKey: 'ANY /staff', cookies }))).statusCode,
    ).toBe(303);
  });
});
