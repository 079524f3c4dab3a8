import { emailKey, findCampaignUpdate, listOutboxItems, type OutboxItem } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { type OutboxDeps, sendOutboxItem } from '@haven/outbox';
import { createApp } from '@haven/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { injectDbFaults } from '../support/db-faults';
import { outsideServices } from '../support/msw';
import { resendBatches } from '../support/resend-batch';
import { formPost, signIn } from '../support/staff';
import { generateGift, generateSupporters } from '../support/supporters';

const SECRET = 'form-token-secret-for-the-update-tests-0123456789';
const resend = resendBatches();
const edgeOfTheWorld = outsideServices(resend.handler);
beforeAll(() => edgeOfTheWorld.listen());
afterAll(() => edgeOfTheWorld.close());

const db = await createTestDb();
const faults = injectDbFaults(db);
const now = new Date('2026-11-25T12:00:00Z');
/** The app's clock: a test that orders updates by time moves it on between them. */
const clock = { at: now };
const app = createApp({
  db,
  publicUrl: PUBLIC_URL,
  now: () => clock.at,
  guard: { formTokenKey: SECRET },
});
const ORG = 'mpm';
const CAMPAIGN = 'voix-aux-nations-unies';
const base = `/staff/campaigns/${CAMPAIGN}/updates`;
const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);

const worker = (at: Date): OutboxDeps => ({
  db,
  mailer: createResendMailer({ apiKey: 're_test_integration' }),
  from: 'Haven <news@example.org>',
  publicUrl: PUBLIC_URL,
  now: () => at,
  retryDelaysMs: [60_000, 60_000],
  unsubscribeSecret: SECRET,
});

const post = (path: string, fields: Record<string, string>) =>
  app.request(path, formPost({ _csrf: fundraiser.csrf, ...fields }, fundraiser.cookie));

const TEXTS = {
  fr: { title: 'Les radiateurs sont arrivés', body: 'Ils chauffent **40 familles**.' },
  en: { title: 'The heaters arrived', body: 'They warm **40 families**.' },
  es: { title: 'Llegaron los calefactores', body: 'Calientan a **40 familias**.' },
  ar: { title: 'وصلت المدافئ', body: 'تدفئ **٤٠ عائلة**.' },
} as const;

/** Writes, translates and publishes an update as the fundraiser does; answers its id. */
async function publishedUpdate(
  texts: Partial<Record<keyof typeof TEXTS, { title: string; body: string }>> = TEXTS,
) {
  const [first, ...others] = Object.entries(texts);
  if (!first) throw new Error('no text');
  const created = await post(base, { lang: first[0], ...first[1] });
  expect(created.status).toBe(303);
  const id = /updates\/(upd_[0-9a-z]+)/.exec(created.headers.get('location') ?? '')?.[1] ?? '';
  for (const [lang, text] of others) {
    expect((await post(`${base}/${id}`, { lang, ...text })).status).toBe(303);
  }
  expect((await post(`${base}/${id}/publish`, {})).status).toBe(303);
  return id;
}

/** The update's outbox items still to send (the generated gifts' receipts are left alone). */
const updateItems = async (): Promise<OutboxItem[]> =>
  (await listOutboxItems(db, 'pending')).filter((item) => item.kind.startsWith('update-'));

/** The email worker's later run over what is due: the sweep, limited to the update's items. */
async function sweepUpdates(at: Date) {
  for (let round = 0; round < 5; round++) {
    const due = (await updateItems()).filter((item) => item.dueAt <= at.toISOString());
    if (due.length === 0) return;
    for (const item of due) await sendOutboxItem(worker(at), item.id);
  }
}

describe('a fundraiser’s update', () => {
  it('is previewed, sanitised like a story, then published on the page in its language, newest first', async () => {
    const older = await publishedUpdate({ fr: { title: 'Première nouvelle', body: 'Bonjour.' } });
    // A minute later: updates are listed by when they were written (their ids sort by time).
    clock.at = new Date(now.getTime() + 60_000);
    const id = await publishedUpdate({
      fr: {
        title: 'Deuxième nouvelle',
        body: 'Voir <script>alert(1)</script> [x](javascript:alert(1))',
      },
    });
    clock.at = now;
    const preview = await (
      await app.request(`${base}/${id}?lang=fr`, { headers: { cookie: fundraiser.cookie } })
    ).text();
    expect(preview).toContain('&lt;script&gt;');
    expect(preview).not.toContain('<script>alert');
    expect(preview).not.toContain('href="javascript:');

    const fr = await (await app.request(`/fr/${ORG}/${CAMPAIGN}`)).text();
    expect(fr.indexOf('Deuxième nouvelle')).toBeGreaterThan(-1);
    expect(fr.indexOf('Deuxième nouvelle')).toBeLessThan(fr.indexOf('Première nouvelle'));
    expect(fr).not.toContain('<script>alert');
    // In English there is no English text: the French one, with a note saying so.
    const en = await (await app.request(`/en/${ORG}/${CAMPAIGN}`)).text();
    expect(en).toContain('Première nouvelle');
    expect(en).toContain('shown in French');
    expect(older).not.toBe(id);
  });

  it('is refused to a viewer, and its saves are in the audit log', async () => {
    const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
    const refused = await app.request(
      base,
      formPost({ _csrf: viewer.csrf, lang: 'fr', title: 'x', body: 'y' }, viewer.cookie),
    );
    expect(refused.status).toBe(403);
    const owner = await signIn(app, db, 'owner@mpm.example.org', now);
    const audit = await (
      await app.request('/staff/audit', { headers: { cookie: owner.cookie } })
    ).text();
    expect(audit).toContain(`${CAMPAIGN}/upd_`);
  });

  it('reaches 1 000 supporters in four languages exactly once each, though the sending stops halfway twice', async () => {
    const people = await generateSupporters(db, { org: ORG, campaign: CAMPAIGN }, 1_000);
    // One who did not ask for news, and gave twice.
    await generateGift(db, {
      org: ORG,
      campaign: CAMPAIGN,
      email: 'quiet@example.org',
      locale: 'fr',
      optIn: false,
    });
    const id = await publishedUpdate();
    expect((await post(`${base}/${id}/email`, { sendAt: '' })).status).toBe(303);

    // The fan-out stops after queueing eleven pages (its write commits, the answer is lost).
    faults.fail('TransactWriteItemsCommand', 'lost-answer', { after: 10 });
    expect(await sendOutboxItem(worker(now), `updfan_${id}`)).toBe('retry');
    // Half the batches go; the next one is accepted by Resend, then the worker dies.
    const batches = (await updateItems()).filter((item) => item.kind === 'update-batch');
    expect(batches.length).toBe(11);
    for (const batch of batches.slice(0, 5))
      expect(await sendOutboxItem(worker(now), batch.id)).toBe('sent');
    resend.state.loseAnswers = 1;
    expect(await sendOutboxItem(worker(now), batches[5]?.id ?? '')).toBe('retry');

    // Run again, later: everything left, and what was cut off, goes once.
    const later = new Date(now.getTime() + 120_000);
    await sweepUpdates(later);
    expect(await updateItems()).toEqual([]);

    const byAddress = new Map<string, number>();
    for (const email of resend.delivered)
      byAddress.set(email.to, (byAddress.get(email.to) ?? 0) + 1);
    expect(byAddress.size).toBe(1_000);
    expect([...byAddress.values()].every((n) => n === 1)).toBe(true);
    expect(byAddress.has('quiet@example.org')).toBe(false);
    for (const person of people) {
      const email = resend.delivered.find((sent) => sent.to === person.email);
      expect(email?.subject).toContain(TEXTS[person.locale].title);
      expect(email?.html).toContain(`lang="${person.locale}"`);
      // The plain-text part writes headings in capitals.
      expect(email?.text.toLowerCase()).toContain(TEXTS[person.locale].title.toLowerCase());
      expect(email?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(email?.headers?.['List-Unsubscribe']).toMatch(
        /^<https:\/\/give\.example\.org\/unsubscribe\//,
      );
    }
    const arabic = resend.delivered.find((sent) => sent.subject.includes(TEXTS.ar.title));
    expect(arabic?.html).toContain('dir="rtl"');
    expect((await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, id))?.counts).toEqual({
      queued: 1_000,
      sent: 1_000,
      failed: 0,
      suppressed: 0,
      bounced: 0,
      unsubscribed: 0,
    });
    const page = await (
      await app.request(`${base}/${id}`, { headers: { cookie: fundraiser.cookie } })
    ).text();
    expect(page).toContain('data-count="sent">1000<');
    expect(emailKey(people[0]?.email ?? '')).toHaveLength(43);
  }, 900_000);
});
