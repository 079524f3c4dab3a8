import { describe, expect, it } from 'vitest';
import { createTestApp, PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { softwareAuthenticator } from '../support/passkey-authenticator';
import { formPost, type StaffSessionForTest, signIn } from '../support/staff';

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);
const authenticator = softwareAuthenticator(PUBLIC_URL);

const json = (session: StaffSessionForTest, path: string, body: unknown = {}) =>
  app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': session.csrf,
      cookie: session.cookie,
    },
    body: JSON.stringify(body),
  });
const get = (session: StaffSessionForTest, path: string) =>
  app.request(path, { headers: { cookie: session.cookie } });

describe('passkeys', () => {
  it('a member registers one through the WebAuthn ceremony', async () => {
    const owner = await signIn(app, db, 'owner@mpm.example.org', now);
    const options = await (await json(owner, '/staff/passkeys/options')).json();
    const registered = await json(owner, '/staff/passkeys', authenticator.register(options));
    expect(registered.status).toBe(200);
    expect(await (await get(owner, '/staff/security')).text()).not.toContain('pas encore de clé');
  });

  it('once an owner requires it of owners, the link alone no longer reaches staff pages', async () => {
    const owner = await signIn(app, db, 'owner@mpm.example.org', now);
    expect((await get(owner, '/staff')).status).toBe(200);
    const policy = await app.request(
      '/staff/security/policy',
      formPost({ _csrf: owner.csrf, require: 'owner' }, owner.cookie),
    );
    expect(policy.status).toBe(303);

    // The emailed link alone: a passkey-bound member lands on the passkey page.
    const next = await signIn(app, db, 'owner@mpm.example.org', now);
    for (const path of ['/staff', '/staff/members', '/staff/settings', '/staff/audit']) {
      const response = await get(next, path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/staff/passkey');
    }
    // Holding the link is not enough to add a passkey of one's own either.
    expect((await json(next, '/staff/passkeys/options')).status).toBe(403);

    const options = await (await json(next, '/staff/passkey/options')).json();
    const stranger = softwareAuthenticator(PUBLIC_URL);
    const forged = { ...stranger.authenticate(options), id: authenticator.credentialId };
    expect((await json(next, '/staff/passkey', forged)).status).toBe(400);
    expect((await get(next, '/staff')).status).toBe(303);

    const fresh = await (await json(next, '/staff/passkey/options')).json();
    const used = await json(next, '/staff/passkey', authenticator.authenticate(fresh));
    expect(used.status).toBe(200);
    expect((await get(next, '/staff/members')).status).toBe(200);
  });

  it('leaves roles it does not name to sign in with the link alone', async () => {
    const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);
    expect((await get(fundraiser, '/staff')).status).toBe(200);
  });
});
