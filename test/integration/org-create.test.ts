import { ConflictError } from '@haven/core';
import { findOrganisation } from '@haven/db';
import { createOrganisationAndOwner } from '@haven/operator';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';
import { deliverOutbox, formPost, linksSentTo, sessionCookieOf } from '../support/staff';

const db = await createTestDb({ seed: false });
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);
const input = {
  slug: 'droits-andins',
  name: 'Droits andins',
  locale: 'es',
  country: 'pe',
  legalName: 'Asociación Droits Andins',
  address: 'Av. Arequipa 100, Lima',
  ownerEmail: 'Directora@Andins.example.org',
};

describe('npm run org:create', () => {
  it('creates an organisation whose first owner signs in from the emailed invitation', async () => {
    const { org, owner } = await createOrganisationAndOwner(db, input, now);
    expect(org).toMatchObject({ slug: 'droits-andins', country: 'PE', defaultLocale: 'es' });
    expect(owner).toMatchObject({ role: 'owner', email: 'directora@andins.example.org' });
    expect(await findOrganisation(db, 'droits-andins')).toBeDefined();

    await deliverOutbox(db, now);
    const [token] = await linksSentTo(db, 'directora@andins.example.org');
    const redeemed = await app.request(`/staff/sign-in/${token}`, formPost({}));
    const home = await app.request('/staff', {
      headers: { cookie: sessionCookieOf(redeemed) ?? '' },
    });
    const html = await home.text();
    expect(html).toContain('Droits andins');
    expect(html).toContain('Ha accedido con el rol propietario');
  });

  it('refuses a slug already taken or reserved, changing nothing', async () => {
    await expect(createOrganisationAndOwner(db, input, now)).rejects.toThrow(ConflictError);
    await expect(createOrganisationAndOwner(db, { ...input, slug: 'staff' }, now)).rejects.toThrow(
      /reserved/,
    );
    expect(await findOrganisation(db, 'staff')).toBeUndefined();
  });
});
