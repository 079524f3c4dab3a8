import { listDevEmails } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';
import { openDonorSpace } from '../support/donor';
import { deliverOutbox, formPost } from '../support/staff';
import { generateGift } from '../support/supporters';

const db = await createTestDb();
const now = new Date('2027-02-01T12:00:00Z');
const app = createTestApp(db, now);
const EMAIL = 'ines.moreau@example.org';
const CAMPAIGN = { org: 'mpm', campaign: 'voix-aux-nations-unies' };
await generateGift(db, {
  ...CAMPAIGN,
  email: EMAIL,
  locale: 'fr',
  optIn: false,
  at: new Date('2026-05-04T10:00:00Z'),
});
await generateGift(db, {
  ...CAMPAIGN,
  email: EMAIL,
  locale: 'fr',
  optIn: false,
  at: new Date('2025-09-01T10:00:00Z'),
});
// Someone else's gift to another organisation: not Inès's to ask for.
await generateGift(db, {
  org: 'wmpa',
  campaign: 'mountain-voices',
  email: 'someone@example.org',
  locale: 'en',
  optIn: false,
  at: new Date('2026-05-04T10:00:00Z'),
});
await deliverOutbox(db, now);
const donor = await openDonorSpace(app, db, EMAIL, now, 'fr');
const statementsTo = async (address: string) =>
  (await listDevEmails(db)).filter(
    (mail) => mail.to === address && /relevé|statement/i.test(mail.subject),
  );

describe('a donor’s own statement, from their space', () => {
  it('lists the organisation and the years they gave in, and emails the one they pick', async () => {
    const page = await (
      await app.request('/fr/donor/gifts', { headers: { cookie: donor.cookie } })
    ).text();
    expect(page).toContain('Relevés annuels');
    expect(page).toMatch(/<option value="2026">2026<\/option><option value="2025">2025<\/option>/);

    const asked = await app.request(
      '/fr/donor/statements',
      formPost({ _csrf: donor.csrf, org: 'mpm', year: '2026' }, donor.cookie),
    );
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Votre relevé arrive dans votre boîte de réception.');
    await deliverOutbox(db, now);
    const sent = await statementsTo(EMAIL);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.subject).toContain('Votre relevé des dons');
    expect(sent[0]?.html).toContain('lang="fr"');
  });

  it('refuses an organisation or a year they did not give in, sending nothing', async () => {
    for (const fields of [
      { org: 'wmpa', year: '2026' },
      { org: 'mpm', year: '2019' },
      { org: 'mpm', year: 'last' },
    ]) {
      const refused = await app.request(
        '/fr/donor/statements',
        formPost({ _csrf: donor.csrf, ...fields }, donor.cookie),
      );
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain(
        'Choisissez une des organisations et années proposées.',
      );
    }
    await deliverOutbox(db, now);
    expect(await statementsTo(EMAIL)).toHaveLength(1);
    expect(await statementsTo('someone@example.org')).toHaveLength(0);
  });

  it('needs the donor’s session and its form token', async () => {
    const anonymous = await app.request(
      '/fr/donor/statements',
      formPost({ org: 'mpm', year: '2026' }),
    );
    expect(anonymous.status).toBe(401);
    const forged = await app.request(
      '/fr/donor/statements',
      formPost({ _csrf: 'forged', org: 'mpm', year: '2026' }, donor.cookie),
    );
    expect(forged.status).toBe(403);
  });
});
