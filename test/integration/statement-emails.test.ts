import { LOCALES, type Locale, type Payment } from '@haven/core';
import { createResendMailer } from '@haven/mail';
import { drainOutbox, type OutboxDeps, sendOutboxItem } from '@haven/outbox';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestApp, PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { injectDbFaults } from '../support/db-faults';
import { generatedPayment, paymentItem } from '../support/generated-payments';
import { outsideServices } from '../support/msw';
import { allItems, batchPutItems } from '../support/raw-table';
import { formPost, signIn } from '../support/staff';

/** Resend at its edge, as it behaves: a repeated idempotency key delivers nothing new. */
const SentBody = z.object({
  to: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
const delivered: (z.infer<typeof SentBody> & { key: string })[] = [];
const answered = new Map<string, { id: string }>();
const edgeOfTheWorld = outsideServices(
  http.post('https://api.resend.com/emails', async ({ request }) => {
    const key = request.headers.get('idempotency-key') ?? '';
    const earlier = answered.get(key);
    if (earlier) return HttpResponse.json(earlier);
    delivered.push({ ...SentBody.parse(await request.json()), key });
    const answer = { id: `email_${delivered.length}` };
    answered.set(key, answer);
    return HttpResponse.json(answer);
  }),
);
beforeAll(() => edgeOfTheWorld.listen());
afterAll(() => edgeOfTheWorld.close());

const db = await createTestDb();
const faults = injectDbFaults(db);
const now = new Date('2027-01-15T12:00:00Z');
const app = createTestApp(db, now);
const finance = await signIn(app, db, 'finance@mpm.example.org', now);
const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
const elsewhere = await signIn(app, db, 'finance@wmpa.example.org', now);

const worker = (at: Date): OutboxDeps => ({
  db,
  mailer: createResendMailer({ apiKey: 're_test_integration' }),
  from: 'Haven <receipts@example.org>',
  publicUrl: PUBLIC_URL,
  now: () => at,
  retryDelaysMs: [60_000, 60_000, 60_000],
});

/** 50 people, 2026, over 110 payments (three pages of the fan-out): each reads one language. */
const PEOPLE = 50;
const languageOf = (person: number): Locale => LOCALES[person % LOCALES.length] ?? 'en';
const on = { orgSlug: 'mpm', campaigns: ['voix-aux-nations-unies'], currencies: ['CHF', 'EUR'] };
const gifts: Payment[] = Array.from({ length: 110 }, (_, i) => {
  const person = i % PEOPLE;
  return {
    ...generatedPayment(i, on),
    donorEmail: `donor${person}@example.org`,
    donorName: `Donor ${person}`,
    locale: languageOf(person),
    // Every tenth payment anonymous: the donor still gets their own statement.
    anonymous: person % 10 === 0,
  };
});
const { donorEmail: _gone, donorName: _name, ...erasedGift } = generatedPayment(200, on);
const erased: Payment = { ...erasedGift, erasedFields: ['donorName', 'donorEmail'] };
await batchPutItems(
  db,
  [
    ...gifts,
    // A gift whose donor was erased at their request: no address left, no email.
    erased,
    // Another year, and another organisation: not in this run.
    {
      ...generatedPayment(300, on),
      donorEmail: 'lastyear@example.org',
      paidAt: '2025-06-01T10:00:00.000Z',
    },
    { ...generatedPayment(301, { ...on, orgSlug: 'wmpa' }), donorEmail: 'wmpa-donor@example.org' },
  ].map(paymentItem),
);

const post = (
  session: { cookie: string; csrf: string },
  path: string,
  fields: Record<string, string>,
) => app.request(path, formPost({ _csrf: session.csrf, ...fields }, session.cookie));
const statementsPage = async (session: { cookie: string }, query = 'year=2026') =>
  (
    await app.request(`/staff/finance/statements?${query}`, { headers: { cookie: session.cookie } })
  ).text();
const isolated = (text: string) => `\u2068${text}\u2069`;
const statementOutbox = async () =>
  (await allItems(db)).filter(
    (item) => item.type === 'outbox' && String(item.kind).startsWith('statement'),
  );

describe('every donor of the year their statement', () => {
  it('sends each person exactly one email in their language, however often asked and though the worker stops halfway', async () => {
    // A double click, and a second press a minute later.
    expect(
      (await post(finance, '/staff/finance/statements/send-all', { year: '2026' })).status,
    ).toBe(303);
    expect(
      (await post(finance, '/staff/finance/statements/send-all', { year: '2026' })).status,
    ).toBe(303);
    const fanouts = (await statementOutbox()).filter((item) => item.kind === 'statement-fanout');
    expect(fanouts).toHaveLength(1);

    // The fan-out's first page is written, then the answer is lost: the worker stops there.
    faults.fail('TransactWriteItemsCommand', 'lost-answer');
    expect(await sendOutboxItem(worker(now), String(fanouts[0]?.id))).toBe('retry');
    const queuedSoFar = (await statementOutbox()).filter((item) => item.kind === 'statement');
    expect(queuedSoFar.length).toBeGreaterThan(0);
    expect(queuedSoFar.length).toBeLessThan(PEOPLE);
    // Some leave before the restart.
    for (const item of queuedSoFar.slice(0, 5))
      expect(await sendOutboxItem(worker(now), String(item.id))).toBe('sent');

    // Asked again a minute later, and the worker runs again after the retry delay.
    const later = new Date(now.getTime() + 120_000);
    const laterApp = createTestApp(db, later);
    expect(
      (
        await laterApp.request(
          '/staff/finance/statements/send-all',
          formPost({ _csrf: finance.csrf, year: '2026' }, finance.cookie),
        )
      ).status,
    ).toBe(303);
    await drainOutbox(worker(later));
    await drainOutbox(worker(new Date(later.getTime() + 120_000)));

    const byAddress = new Map<string, number>();
    for (const email of delivered) byAddress.set(email.to, (byAddress.get(email.to) ?? 0) + 1);
    expect(byAddress.size).toBe(PEOPLE);
    expect([...byAddress.values()].every((n) => n === 1)).toBe(true);
    expect(byAddress.has('lastyear@example.org')).toBe(false);
    expect(byAddress.has('wmpa-donor@example.org')).toBe(false);

    for (let person = 0; person < PEOPLE; person++) {
      const email = delivered.find((sent) => sent.to === `donor${person}@example.org`);
      const locale = languageOf(person);
      expect(email?.html).toContain(`lang="${locale}"`);
      expect(email?.html).toContain(locale === 'ar' ? 'dir="rtl"' : 'dir="ltr"');
      expect(email?.text.length).toBeGreaterThan(0);
    }
    // Donor 0 gave 10, 35 and 11.50 francs (payments 0, 50 and 100).
    const first = delivered.find((sent) => sent.to === 'donor0@example.org');
    // The period is isolated, so that a Latin year keeps its place in an Arabic subject.
    expect(first?.subject).toContain(`Your statement of gifts, ${isolated('2026')}`);
    expect(first?.text).toContain('56.50');
    const french = delivered.find((sent) => sent.to === 'donor1@example.org');
    expect(french?.subject).toContain('Votre relevé des dons');
    expect(french?.text).toContain(
      'Selon votre canton, ce don peut être déductible de vos impôts.',
    );
    const arabic = delivered.find((sent) => sent.to === 'donor3@example.org');
    expect(arabic?.subject).toContain('كشف تبرعاتك');
    // Anonymous donors get their own statement, with their own name.
    expect(delivered.find((sent) => sent.to === 'donor10@example.org')?.text).toContain('Donor 10');

    // Finance staff see how many were queued and sent.
    const page = await statementsPage(finance);
    expect(page).toContain('50 en file, 50 envoyés, 0 non envoyés');
  });

  it('is refused to roles without finance, and another organisation’s finance sees its own run only', async () => {
    expect(
      (await post(viewer, '/staff/finance/statements/send-all', { year: '2026' })).status,
    ).toBe(403);
    const theirs = await statementsPage(elsewhere);
    expect(theirs).not.toContain('50 en file');
    expect(theirs).toContain('data-run="none"');
  });

  it('answers a localised 400 for a year that is not one, queueing nothing', async () => {
    const before = (await statementOutbox()).length;
    const refused = await post(finance, '/staff/finance/statements/send-all', { year: '1066' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Choisissez une année entre 2000 et 2100.');
    expect((await statementOutbox()).length).toBe(before);
  });
});

describe('one donor’s statement, on request', () => {
  it('goes to that donor in their language with the year’s figures, each time it is asked', async () => {
    const shown = await app.request(
      '/staff/finance/statements?email=donor2%40example.org&year=2026',
      {
        headers: { cookie: finance.cookie },
      },
    );
    expect(await shown.text()).toContain('Envoyer ce relevé au donateur par e-mail');
    delivered.length = 0;
    const sent = await post(finance, '/staff/finance/statements/send', {
      email: 'Donor2@Example.org',
      year: '2026',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('/staff/finance/statements?year=2026&done=sent');
    await drainOutbox(worker(now));
    expect(delivered.map((email) => email.to)).toEqual(['donor2@example.org']);
    expect(delivered[0]?.html).toContain('lang="es"');
    expect(delivered[0]?.subject).toContain(`Su certificado de donaciones ${isolated('2026')}`);
  });

  it('sends nothing for an address that gave nothing, and refuses a malformed one', async () => {
    delivered.length = 0;
    const before = (await statementOutbox()).length;
    const nobody = await post(finance, '/staff/finance/statements/send', {
      email: 'stranger@example.org',
      year: '2026',
    });
    expect(nobody.status).toBe(422);
    expect(await nobody.text()).toContain('Cette adresse n’a rien donné cette année-là');
    expect((await statementOutbox()).length).toBe(before);
    await drainOutbox(worker(now));
    expect(delivered).toEqual([]);
    const refused = await post(finance, '/staff/finance/statements/send', {
      email: 'nope',
      year: '2026',
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Saisissez une adresse e-mail complète et une année.');
  });

  it('never sends another organisation’s donor their statement from this one', async () => {
    delivered.length = 0;
    const refused = await post(elsewhere, '/staff/finance/statements/send', {
      email: 'donor2@example.org',
      year: '2026',
    });
    expect(refused.status).toBe(422);
    await drainOutbox(worker(now));
    expect(delivered).toEqual([]);
  });
});
