import type { Payment } from '@haven/core';
import { getOrganisation, listAudit } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { drainOutbox } from '@haven/outbox';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestApp, PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { outsideServices } from '../support/msw';
import { batchPutItems } from '../support/raw-table';
import { formPost, signIn } from '../support/staff';

const SentBody = z.object({
  to: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
const delivered: z.infer<typeof SentBody>[] = [];
const edgeOfTheWorld = outsideServices(
  http.post('https://api.resend.com/emails', async ({ request }) => {
    delivered.push(SentBody.parse(await request.json()));
    return HttpResponse.json({ id: `email_${delivered.length}` });
  }),
);
beforeAll(() => edgeOfTheWorld.listen());
afterAll(() => edgeOfTheWorld.close());

const db = await createTestDb();
const now = new Date('2026-06-15T12:00:00Z');
const app = createTestApp(db, now);
const owner = await signIn(app, db, 'owner@mpm.example.org', now);
const finance = await signIn(app, db, 'finance@mpm.example.org', now);

const on = { orgSlug: 'mpm', campaigns: ['voix-aux-nations-unies'], currencies: ['CHF'] };
const lucia = { donorEmail: 'lucia@example.org', donorName: 'Lucía Pérez', locale: 'es' as const };
const gift = (i: number, paidAt: string, amount: number): Payment => ({
  ...generatedPayment(i, on),
  ...lucia,
  paidAt,
  gift: amount,
  feeCover: 0,
});
await batchPutItems(
  db,
  [
    // Before the fiscal year 2025 (it starts on 1 April 2025).
    gift(1, '2025-03-31T21:00:00.000Z', 1_100),
    gift(2, '2025-04-01T08:00:00.000Z', 2_200),
    // The last evening of March 2026: in the fiscal year 2025.
    gift(3, '2026-03-31T22:30:00.000Z', 3_300),
    // April 2026: the next fiscal year.
    gift(4, '2026-04-01T00:30:00.000Z', 4_400),
  ].map(paymentItem),
);

/** The owner's settings form as the page fills it, with the fiscal year's first month. */
async function saveFiscalMonth(month: string) {
  const org = await getOrganisation(db, 'mpm');
  return app.request(
    '/staff/settings',
    formPost(
      {
        _csrf: owner.csrf,
        ...Object.fromEntries(Object.entries(org.name).map(([l, v]) => [`name_${l}`, v])),
        ...Object.fromEntries(Object.entries(org.taxNote).map(([l, v]) => [`taxNote_${l}`, v])),
        locales: org.locales,
        defaultLocale: org.defaultLocale,
        currencies: (org.currencies ?? ['CHF']).join(' '),
        defaultCurrency: org.defaultCurrency ?? 'CHF',
        legalName: org.legalName,
        address: org.address,
        registrationNumber: org.registrationNumber ?? '',
        receiptPrefix: org.receiptPrefix ?? '',
        brandColor: org.brandColor ?? '',
        fiscalYearStartMonth: month,
      },
      owner.cookie,
    ),
  );
}

describe('the fiscal year', () => {
  it('is January until an owner sets it, then statements cover its twelve months', async () => {
    const settings = await (
      await app.request('/staff/settings', { headers: { cookie: owner.cookie } })
    ).text();
    expect(settings).toMatch(/<option value="1" selected="">janvier<\/option>/);
    expect((await saveFiscalMonth('4')).status).toBe(303);
    expect((await getOrganisation(db, 'mpm')).fiscalYearStartMonth).toBe(4);
    const entry = (await listAudit(db, { orgSlug: 'mpm', memberId: 'any', role: 'owner' })).find(
      (e) => e.action === 'org.settings_changed',
    );
    expect(entry?.after).toMatchObject({ fiscalYearStartMonth: 4 });

    const response = await app.request(
      '/staff/finance/statements?email=lucia%40example.org&year=2025',
      {
        headers: { cookie: finance.cookie },
      },
    );
    const html = await response.text();
    expect(response.status).toBe(200);
    // In the donor's language: 22 + 33 francs, March 2026 in, April 2026 and March 2025 out.
    expect(html).toContain('1 de abril de 2025');
    expect(html).toContain('31 de marzo de 2026');
    expect(html).toMatch(/<th scope="row">CHF<\/th><td>55\sCHF<\/td>/);
    // Each gift's receipt number is GEN-2026-<its index + 1>: gifts 2 and 3 only.
    expect(html).toContain('GEN-2026-000003, GEN-2026-000004');
    expect(html).not.toContain('GEN-2026-000002');
    expect(html).not.toContain('GEN-2026-000005');
  });

  it('is what the statement email covers too', async () => {
    const sent = await app.request(
      '/staff/finance/statements/send',
      formPost({ _csrf: finance.csrf, email: 'lucia@example.org', year: '2025' }, finance.cookie),
    );
    expect(sent.status).toBe(303);
    await drainOutbox({
      db,
      mailer: createResendMailer({ apiKey: 're_test_integration' }),
      from: 'Haven <receipts@example.org>',
      publicUrl: PUBLIC_URL,
      now: () => now,
      retryDelaysMs: [60_000],
    });
    const email = delivered.find((mail) => mail.to === 'lucia@example.org');
    expect(email?.subject).toContain('1 de abril de 2025');
    expect(email?.text).toMatch(/Total\s+55\sCHF/);
    expect(email?.text).toContain('GEN-2026-000003, GEN-2026-000004');
    expect(email?.text).not.toContain('GEN-2026-000005');
  });

  it('refuses a month that is not one, changing nothing, and is the owner’s to set', async () => {
    const refused = await saveFiscalMonth('13');
    expect(refused.status).toBe(422);
    expect((await getOrganisation(db, 'mpm')).fiscalYearStartMonth).toBe(4);
    const byFinance = await app.request(
      '/staff/settings',
      formPost({ _csrf: finance.csrf, fiscalYearStartMonth: '1' }, finance.cookie),
    );
    expect(byFinance.status).toBe(403);
  });
});
