import { SESSION_IDLE_MS, SIGN_IN_LINK_TTL_MS } from '@haven/core';
import { createMember, listDevEmails } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';
import { deliverOutbox, formPost, linksSentTo, sessionCookieOf, signIn } from '../support/staff';

const db = await createTestDb();
const start = new Date('2026-11-25T12:00:00Z');
let now = start;
const app = createTestApp(db);
// The same app on a clock the tests move: a new app per request reads `now` as it is then.
const clockApp = {
  request: (path: string, init?: RequestInit) => {
    const moving = createTestApp(db, now);
    return moving.request(path, init);
  },
};
const OWNER = 'owner@mpm.example.org';

describe('staff sign-in', () => {
  it('answers the request form the same for a member and for an unknown address', async () => {
    const known = await app.request('/staff/sign-in', formPost({ email: OWNER }));
    const unknown = await app.request('/staff/sign-in', formPost({ email: 'nobody@example.org' }));
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const strip = (html: string) => html.replace(/name="_csrf" value="[^"]*"/g, '');
    expect(strip(await known.text())).toBe(strip(await unknown.text()));
    expect(known.headers.get('cache-control')).toBe('private, no-store');
    await deliverOutbox(db, start);
    expect(await linksSentTo(db, OWNER)).toHaveLength(1);
    expect(await linksSentTo(db, 'nobody@example.org')).toHaveLength(0);
  });

  it('survives a mail scanner fetching the link, then signs in on the POST, once', async () => {
    const [token] = await linksSentTo(db, OWNER);
    const scanned = await app.request(`/staff/sign-in/${token}`);
    expect(scanned.status).toBe(200);
    expect(scanned.headers.get('set-cookie')).toBeNull();
    expect(await scanned.text()).toContain('<form method="post"');

    const redeemed = await app.request(`/staff/sign-in/${token}`, formPost({}));
    expect(redeemed.status).toBe(303);
    expect(redeemed.headers.get('location')).toBe('/staff');
    const setCookie = redeemed.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-haven-staff=/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/Domain=/);

    const home = await app.request('/staff', {
      headers: { cookie: sessionCookieOf(redeemed) ?? '' },
    });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Minorités et peuples du monde');

    const again = await app.request(`/staff/sign-in/${token}`, formPost({}));
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a link older than 15 minutes', async () => {
    now = start;
    await clockApp.request('/staff/sign-in', formPost({ email: 'viewer@mpm.example.org' }));
    await deliverOutbox(db, now);
    const [token] = await linksSentTo(db, 'viewer@mpm.example.org');
    now = new Date(start.getTime() + SIGN_IN_LINK_TTL_MS + 1000);
    const late = await clockApp.request(`/staff/sign-in/${token}`, formPost({}));
    expect(late.status).toBe(410);
    expect(late.headers.get('set-cookie')).toBeNull();
  });

  it('ends a session left idle, and sends the member back to sign in', async () => {
    now = start;
    const session = await signIn(clockApp, db, 'finance@mpm.example.org', now);
    now = new Date(start.getTime() + SESSION_IDLE_MS + 1000);
    const idle = await clockApp.request('/staff', { headers: { cookie: session.cookie } });
    expect(idle.status).toBe(303);
    expect(idle.headers.get('location')).toBe('/staff/sign-in');
  });

  it('signs out this session at once, and everywhere with one button', async () => {
    now = start;
    const phone = await signIn(clockApp, db, 'fundraiser@mpm.example.org', now);
    const laptop = await signIn(clockApp, db, 'fundraiser@mpm.example.org', now);
    const out = await clockApp.request(
      '/staff/sign-out',
      formPost({ _csrf: phone.csrf }, phone.cookie),
    );
    expect(out.status).toBe(200);
    expect((await clockApp.request('/staff', { headers: { cookie: phone.cookie } })).status).toBe(
      303,
    );
    expect((await clockApp.request('/staff', { headers: { cookie: laptop.cookie } })).status).toBe(
      200,
    );

    const third = await signIn(clockApp, db, 'fundraiser@mpm.example.org', now);
    const everywhere = await clockApp.request(
      '/staff/sign-out-everywhere',
      formPost({ _csrf: third.csrf }, third.cookie),
    );
    expect(everywhere.status).toBe(200);
    for (const session of [laptop, third]) {
      expect(
        (await clockApp.request('/staff', { headers: { cookie: session.cookie } })).status,
      ).toBe(303);
    }
    const fresh = await signIn(clockApp, db, 'fundraiser@mpm.example.org', now);
    expect((await clockApp.request('/staff', { headers: { cookie: fresh.cookie } })).status).toBe(
      200,
    );
  });

  it('refuses a cross-site post, and a post without this session’s token', async () => {
    const session = await signIn(app, db, OWNER, start);
    const invite = { email: 'new@mpm.example.org', role: 'viewer', locale: 'fr' };
    const crossSite = formPost({ ...invite, _csrf: session.csrf }, session.cookie);
    crossSite.headers.origin = 'https://evil.example.com';
    expect((await app.request('/staff/members', crossSite)).status).toBe(403);
    expect((await app.request('/staff/members', formPost(invite, session.cookie))).status).toBe(
      403,
    );
    const other = await signIn(app, db, OWNER, start);
    const wrong = formPost({ ...invite, _csrf: other.csrf }, session.cookie);
    expect((await app.request('/staff/members', wrong)).status).toBe(403);
    const members = await app.request('/staff/members', { headers: { cookie: session.cookie } });
    expect(await members.text()).not.toContain('new@mpm.example.org');
  });

  it('sends each membership of an address its own link, in that membership’s language', async () => {
    const email = 'shared@example.org';
    await createMember(db, member('mpm', 'shared-mpm-1', email, 'fr'));
    await createMember(db, member('iraqi-minorities-network', 'shared-imn-1', email, 'ar'));
    const response = await app.request(
      '/staff/sign-in',
      formPost({ email: 'Shared@Example.org ' }),
    );
    expect(response.status).toBe(200);
    await deliverOutbox(db, start);
    const sent = (await listDevEmails(db)).filter((mail) => mail.to === email);
    expect(sent.map((mail) => mail.subject).sort()).toEqual([
      'Votre lien de connexion pour \u2068Minorités et peuples du monde\u2069',
      expect.stringContaining('رابط تسجيل الدخول'),
    ]);
    expect(await linksSentTo(db, email)).toHaveLength(2);
  });

  it('sends an address at most five links a quarter hour, answering the same past that', async () => {
    const email = 'viewer@wmpa.example.org';
    const answers = new Set<string>();
    for (let i = 0; i < 7; i += 1) {
      const response = await app.request('/staff/sign-in', formPost({ email }));
      expect(response.status).toBe(200);
      answers.add(await response.text());
    }
    expect(answers.size).toBe(1);
    await deliverOutbox(db, start);
    expect(await linksSentTo(db, email)).toHaveLength(5);
  });

  it('asks for a whole address, changing nothing otherwise', async () => {
    const refused = await app.request('/staff/sign-in', formPost({ email: 'not an address' }));
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('aria-invalid="true"');
  });
});

const member = (orgSlug: string, memberId: string, email: string, locale: 'fr' | 'ar') => ({
  orgSlug,
  memberId,
  email,
  role: 'viewer' as const,
  locale,
  status: 'active' as const,
  createdAt: start.toISOString(),
});
