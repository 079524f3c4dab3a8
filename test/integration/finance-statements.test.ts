import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { batchPutItems } from '../support/raw-table';
import { signIn } from '../support/staff';

const db = await createTestDb();
const now = new Date('2027-01-15T12:00:00Z');
const app = createTestApp(db, now);
const finance = await signIn(app, db, 'finance@mpm.example.org', now);
const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
const elsewhere = await signIn(app, db, 'finance@wmpa.example.org', now);

const on = { orgSlug: 'mpm', campaigns: ['voix-aux-nations-unies'], currencies: ['CHF'] };
const chloe = {
  donorEmail: 'Chloe@Example.org',
  donorName: 'Chloé Lefèvre',
  locale: 'fr' as const,
};
const amal = { donorEmail: 'amal@example.org', donorName: 'أمل الحسيني', locale: 'ar' as const };
await batchPutItems(
  db,
  [
    { ...generatedPayment(1, on), ...chloe, currency: 'CHF', gift: 5_000, feeCover: 0 },
    // Half refunded: the statement counts what remains.
    {
      ...generatedPayment(2, on),
      ...chloe,
      currency: 'CHF',
      gift: 2_000,
      feeCover: 0,
      refunded: 1_000,
    },
    { ...generatedPayment(3, on), ...chloe, currency: 'EUR', gift: 3_000, feeCover: 0 },
    // Another year, and another donor: not on Chloé's 2026 statement.
    {
      ...generatedPayment(4, on),
      ...chloe,
      paidAt: '2025-12-31T23:59:00.000Z',
      gift: 9_900,
    },
    { ...generatedPayment(5, on), ...amal, currency: 'KWD', gift: 10_000, feeCover: 0 },
  ].map(paymentItem),
);
await batchPutItems(db, [
  paymentItem({ ...generatedPayment(6, { ...on, orgSlug: 'wmpa' }), ...chloe, gift: 7_700 }),
]);

const statement = async (session: { cookie: string }, email: string, year = '2026') => {
  const response = await app.request(
    `/staff/finance/statements?email=${encodeURIComponent(email)}&year=${year}`,
    { headers: { cookie: session.cookie } },
  );
  return { status: response.status, html: await response.text() };
};

describe('a yearly statement', () => {
  it('sums a donor’s year per currency net of refunds, in the donor’s language, with the organisation’s wording', async () => {
    const { status, html } = await statement(finance, 'chloe@example.org');
    expect(status).toBe(200);
    expect(html).toContain('lang="fr" dir="ltr"');
    expect(html).toContain('Relevé des dons 2026');
    expect(html).toContain('Chloé Lefèvre');
    // CHF: 50 + 20 given, 10 refunded, 60 in all; EUR apart.
    expect(html).toMatch(
      /<th scope="row">CHF<\/th><td>70\sCHF<\/td><td>10\sCHF<\/td><td><strong>60\sCHF/,
    );
    expect(html).toMatch(/<th scope="row">EUR<\/th><td>30\s€/);
    expect(html).toContain('Selon votre canton, ce don peut être déductible de vos impôts.');
    expect(html).not.toContain('99');
    expect(html).not.toContain('77');
  });

  it('is right to left in Arabic for an Arabic-speaking donor, three decimals in dinars', async () => {
    const { html } = await statement(finance, 'amal@example.org');
    expect(html).toContain('lang="ar" dir="rtl"');
    expect(html).toContain('كشف التبرعات لعام 2026');
    expect(html).toContain('<th scope="row">KWD</th>');
  });

  it('shows another organisation nothing of this one’s donors, and refuses roles without export', async () => {
    const theirs = await statement(elsewhere, 'chloe@example.org');
    expect(theirs.html).not.toContain('70');
    expect(theirs.html).toContain('77');
    expect((await statement(viewer, 'chloe@example.org')).status).toBe(403);
  });

  it('answers a localised 400 for an address that is not one', async () => {
    const { status, html } = await statement(finance, 'not-an-address');
    expect(status).toBe(400);
    expect(html).toContain('Saisissez une adresse e-mail complète et une année.');
  });
});
