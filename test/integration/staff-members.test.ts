import { findMembershipsByEmail, getOrganisation, listAudit, listDevEmails } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';
import { deliverOutbox, formPost, linksSentTo, sessionCookieOf, signIn } from '../support/staff';

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);
const owner = await signIn(app, db, 'owner@mpm.example.org', now);
const scope = { orgSlug: 'mpm', memberId: 'demo-mpm-owner', role: 'owner' as const };

const post = (path: string, fields: Record<string, string | string[]>, as = owner) =>
  app.request(path, formPost({ ...fields, _csrf: as.csrf }, as.cookie));
const page = async (path: string, as = owner) =>
  (await app.request(path, { headers: { cookie: as.cookie } })).text();

describe('members', () => {
  it('an owner invites by email; the invitee signs in from the link, in their language', async () => {
    const invited = await post('/staff/members', {
      email: 'Nouvelle@MPM.example.org',
      role: 'fundraiser',
      locale: 'es',
    });
    expect(invited.status).toBe(303);
    expect(invited.headers.get('location')).toBe('/staff/members?done=invited');
    expect(await page('/staff/members')).toContain('nouvelle@mpm.example.org');

    await deliverOutbox(db, now);
    const [email] = (await listDevEmails(db)).filter((m) => m.to === 'nouvelle@mpm.example.org');
    expect(email?.subject).toContain('Le invitan a unirse');
    const [token] = await linksSentTo(db, 'nouvelle@mpm.example.org');
    const redeemed = await app.request(`/staff/sign-in/${token}`, formPost({}));
    const home = await app.request('/staff', {
      headers: { cookie: sessionCookieOf(redeemed) ?? '' },
    });
    expect(await home.text()).toContain('Ha accedido con el rol recaudación');
    const [membership] = await findMembershipsByEmail(db, 'nouvelle@mpm.example.org');
    expect(membership).toMatchObject({ status: 'active', role: 'fundraiser', locale: 'es' });
  });

  it('refuses to invite an address already in the team', async () => {
    const again = await post('/staff/members', {
      email: 'viewer@mpm.example.org',
      role: 'owner',
      locale: 'fr',
    });
    expect(again.status).toBe(409);
    const [viewer] = await findMembershipsByEmail(db, 'viewer@mpm.example.org');
    expect(viewer?.role).toBe('viewer');
  });

  it('an owner changes a role, which takes effect on the member’s next request', async () => {
    const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
    expect((await app.request('/staff/audit', { headers: { cookie: viewer.cookie } })).status).toBe(
      403,
    );
    const changed = await post('/staff/members/demo-mpm-viewer/role', { role: 'owner' });
    expect(changed.status).toBe(303);
    expect((await app.request('/staff/audit', { headers: { cookie: viewer.cookie } })).status).toBe(
      200,
    );
    await post('/staff/members/demo-mpm-viewer/role', { role: 'viewer' });
  });

  it('keeps the last owner: no demotion, no removal', async () => {
    const demoted = await post('/staff/members/demo-mpm-owner/role', { role: 'viewer' });
    expect(demoted.status).toBe(409);
    expect(await demoted.text()).toContain('au moins un·e propriétaire');
    const removed = await post('/staff/members/demo-mpm-owner/remove', {});
    expect(removed.status).toBe(409);
    const [me] = await findMembershipsByEmail(db, 'owner@mpm.example.org');
    expect(me?.role).toBe('owner');
  });

  it('an owner removes a member, whose session ends at once', async () => {
    const finance = await signIn(app, db, 'finance@mpm.example.org', now);
    expect((await post('/staff/members/demo-mpm-finance/remove', {})).status).toBe(303);
    const after = await app.request('/staff', { headers: { cookie: finance.cookie } });
    expect(after.status).toBe(303);
    expect(await findMembershipsByEmail(db, 'finance@mpm.example.org')).toEqual([]);
  });

  it('a fundraiser may not invite, change roles or remove', async () => {
    const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);
    const invite = { email: 'x@mpm.example.org', role: 'owner', locale: 'fr' };
    expect((await post('/staff/members', invite, fundraiser)).status).toBe(403);
    expect(
      (await post('/staff/members/demo-mpm-fundraiser/role', { role: 'owner' }, fundraiser)).status,
    ).toBe(403);
  });

  it('writes each change in the audit log, with who and what, and no address', async () => {
    const entries = await listAudit(db, scope);
    // One clock instant for the whole file: entries of the same instant have no order.
    expect(entries.map((e) => e.action).sort()).toEqual([
      'member.invited',
      'member.removed',
      'member.role_changed',
      'member.role_changed',
    ]);
    expect(entries.every((e) => e.actor.memberId === 'demo-mpm-owner')).toBe(true);
    expect(entries.find((e) => e.after?.role === 'owner')).toMatchObject({
      subject: 'demo-mpm-viewer',
      before: { role: 'viewer' },
      after: { role: 'owner' },
    });
    expect(JSON.stringify(entries)).not.toContain('@');
    const audit = await page('/staff/audit');
    expect(audit).toContain('A changé un rôle');
  });
});

describe('organisation settings', () => {
  const valid = {
    name_fr: 'Minorités et peuples du monde',
    name_en: 'Minorities and Peoples of the World',
    about_fr: 'À propos',
    taxNote_fr: 'Déductible selon votre canton.',
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    currencies: 'CHF, eur',
    defaultCurrency: 'CHF',
    legalName: 'Association MPM',
    address: 'Rue des Alpes 1, 1201 Genève',
    registrationNumber: 'CHE-123.456.789',
    receiptPrefix: 'MPMGE',
    brandColor: '#1a4d8f',
  };

  it('an owner saves them, and the change is audited with before and after', async () => {
    const saved = await post('/staff/settings', valid);
    expect(saved.status).toBe(303);
    const org = await getOrganisation(db, 'mpm');
    expect(org).toMatchObject({
      legalName: 'Association MPM',
      registrationNumber: 'CHE-123.456.789',
      currencies: ['CHF', 'EUR'],
      locales: ['fr', 'en'],
      brandColor: '#1a4d8f',
    });
    const entry = (await listAudit(db, scope)).find((e) => e.action === 'org.settings_changed');
    expect(entry).toMatchObject({
      action: 'org.settings_changed',
      before: { legalName: 'Minorités et peuples du monde (MPM)' },
      after: { legalName: 'Association MPM' },
    });
  });

  it('refuses a brand colour that is not #rrggbb, changing nothing', async () => {
    const refused = await post('/staff/settings', {
      ...valid,
      legalName: 'Changed',
      brandColor: 'red;background:url(x)',
    });
    expect(refused.status).toBe(422);
    expect((await getOrganisation(db, 'mpm')).legalName).toBe('Association MPM');
  });

  it('refuses a default language that is not offered', async () => {
    const refused = await post('/staff/settings', { ...valid, defaultLocale: 'ar' });
    expect(refused.status).toBe(422);
  });
});

describe('an invitation that is not whole', () => {
  it('is refused with a message in the owner’s language, inviting nobody', async () => {
    const refused = await post('/staff/members', {
      email: 'not-an-address',
      role: 'owner',
      locale: 'fr',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Saisissez une adresse e-mail complète');
    expect(await findMembershipsByEmail(db, 'not-an-address')).toEqual([]);
  });
});
