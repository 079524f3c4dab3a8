import { can, ROLES } from '@haven/core';
import { demoMembers, demoOrganisations } from '@haven/local';
import { guardedAction } from '@haven/web';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';
import { formPost, sessionFor } from '../support/staff';

/**
 * Tenant isolation for every staff route, found in the app's own route list: a route added
 * later (campaign editor, dashboard, finance) is tried here without anyone listing it.
 * Signed in to `mpm` as each role, each route is called with another organisation's ids:
 * a role without the route's action gets 403, a role with it 404 (the record is not in the
 * session's organisation); without a session, nothing answers but the sign-in redirect or 401.
 */
const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);

const here = 'mpm';
const elsewhere = 'wmpa';
const members = demoMembers(demoOrganisations);
const memberOf = (org: string, role: string) => {
  const found = members.find((m) => m.orgSlug === org && m.role === role);
  if (!found) throw new Error(`no demo ${role} in ${org}`);
  return found;
};

/** Another organisation's id for each URL parameter a staff route may take. */
const OTHER_ORG_IDS: Record<string, string> = {
  memberId: memberOf(elsewhere, 'owner').memberId,
  campaign: 'mountain-voices',
  slug: 'mountain-voices',
  pledgeId: 'pledge-of-another-org',
  paymentId: 'pledge-of-another-org',
  receiptNumber: 'WMPA-2026-000001',
  updateId: 'upd_0000000000000000000001',
};

/** Staff routes anyone may call: signing in, and the passkey script. */
const PUBLIC = new Set([
  'GET /staff/sign-in',
  'POST /staff/sign-in',
  'GET /staff/sign-in/:token',
  'POST /staff/sign-in/:token',
  'GET /staff/passkey.js',
]);

const staffRoutes = [
  ...new Map(
    app.routes
      .filter((route) => route.path.startsWith('/staff/') || route.path === '/staff')
      .filter((route) => route.method !== 'ALL')
      .map((route) => [`${route.method} ${route.path}`, route] as const),
  ).values(),
].filter((route) => !PUBLIC.has(`${route.method} ${route.path}`));

const actionOf = (method: string, path: string) =>
  app.routes
    .filter((route) => route.method === method && route.path === path)
    .map((route) => guardedAction(route.handler))
    .find(Boolean);

const fill = (path: string) =>
  path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, (_, name: string) => {
    const id = OTHER_ORG_IDS[name];
    if (!id) throw new Error(`add an id of another organisation for :${name} to OTHER_ORG_IDS`);
    return encodeURIComponent(id);
  });

const otherOrgEmails = members.filter((m) => m.orgSlug !== here).map((m) => m.email);

describe('every staff route', () => {
  it('is found in the app (the list this test walks is not empty)', () => {
    expect(staffRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /staff',
        'GET /staff/members',
        'POST /staff/members/:memberId/role',
      ]),
    );
  });

  describe.each(staffRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s',
    (_, route) => {
      const action = actionOf(route.method, route.path);
      const path = fill(route.path);
      const hasIds = path !== route.path;
      const send = (session?: { cookie: string; csrf: string }) =>
        route.method === 'GET'
          ? app.request(path, { headers: session ? { cookie: session.cookie } : {} })
          : app.request(path, formPost(session ? { _csrf: session.csrf } : {}, session?.cookie));

      it('names the action it needs with requireStaff', () => {
        expect(action, `${route.method} ${route.path} has no requireStaff guard`).toBeDefined();
      });

      it('answers nobody without a session', async () => {
        const response = await send();
        expect([303, 401]).toContain(response.status);
        if (response.status === 303) {
          expect(response.headers.get('location')).toBe('/staff/sign-in');
        }
      });

      it.each(ROLES)(
        'answers the %s role, given another organisation’s ids, as the rules say',
        async (role) => {
          if (!action) throw new Error('unguarded');
          const session = await sessionFor(app, db, memberOf(here, role), now);
          const response = await send(session);
          const body = await response.text();
          if (!can(role, action)) expect(response.status).toBe(403);
          else if (hasIds) expect(response.status).toBe(404);
          else expect([200, 303, 400, 409, 422]).toContain(response.status);
          for (const email of otherOrgEmails) expect(body).not.toContain(email);
          expect(response.headers.get('cache-control')).toBe('private, no-store');
        },
      );
    },
  );
});
