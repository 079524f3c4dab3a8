import { signUnsubscribe } from '@haven/core';
import { emailKey, findCampaignSupporter, findCampaignUpdate } from '@haven/db';
import { sendOutboxItem } from '@haven/outbox';
import { createApp } from '@haven/web';
import { HttpResponse, http } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { outsideServices } from '../support/msw';
import { receiptWorker } from '../support/receipt-worker';
import { resendBatches } from '../support/resend-batch';
import { signIn } from '../support/staff';
import { generateGift } from '../support/supporters';
import { TEST_FORM_SECRET, updatesOf } from '../support/update-flow';

const resend = resendBatches();
const receipts: string[] = [];
const edgeOfTheWorld = outsideServices(
  resend.handler,
  http.post('https://api.resend.com/emails', async ({ request }) => {
    receipts.push(JSON.stringify(await request.json()));
    return HttpResponse.json({ id: `email_receipt_${receipts.length}` });
  }),
);
// Listening before the module-level setup below, which already sends an update.
edgeOfTheWorld.listen();
afterAll(() => edgeOfTheWorld.close());

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createApp({
  db,
  publicUrl: PUBLIC_URL,
  now: () => now,
  guard: { formTokenKey: TEST_FORM_SECRET },
});
const ORG = 'mpm';
const CAMPAIGN = 'voix-aux-nations-unies';
const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);
const updates = updatesOf(app, fundraiser, CAMPAIGN);

const LEAVER = 'leaver@example.org';
const STAYER = 'stayer@example.org';
await generateGift(db, { org: ORG, campaign: CAMPAIGN, email: LEAVER, locale: 'fr', optIn: true });
await generateGift(db, { org: ORG, campaign: CAMPAIGN, email: STAYER, locale: 'es', optIn: true });
const first = await updates.publish({
  fr: { title: 'Première', body: 'Bonjour.' },
  es: { title: 'Primera', body: 'Hola.' },
});
await updates.email(db, first, now);

/** The one-click link in the last email an address received, from its List-Unsubscribe header. */
const unsubscribeLinkOf = (to: string) => {
  const email = resend.delivered.findLast((sent) => sent.to === to);
  const header = email?.headers?.['List-Unsubscribe'] ?? '';
  return /^<(https:\/\/[^>]+)>$/.exec(header)?.[1] ?? '';
};
const pathOf = (link: string) => new URL(link).pathname;

/** A mail client's one-click POST (RFC 8058): no cookie, no form token, another origin. */
const oneClick = (path: string) =>
  app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://mail.example.net',
      'sec-fetch-site': 'cross-site',
    },
    body: 'List-Unsubscribe=One-Click',
  });

const markOf = (email: string) => findCampaignSupporter(db, ORG, emailKey(email), CAMPAIGN);

describe('one-click unsubscribe', () => {
  it('works by a mail client’s POST without a session, once, and answers in the supporter’s language with an undo', async () => {
    const link = unsubscribeLinkOf(LEAVER);
    expect(link).toMatch(/^https:\/\/give\.example\.org\/unsubscribe\//);
    // Opening the link (a mail scanner does) only asks.
    const asked = await app.request(pathOf(link));
    expect(asked.status).toBe(200);
    expect((await markOf(LEAVER))?.unsubscribedAt).toBeUndefined();

    const done = await oneClick(pathOf(link));
    expect(done.status).toBe(200);
    const html = await done.text();
    expect(html).toContain('lang="fr"');
    expect(html).toContain('Vous êtes désabonné·e');
    expect(html).toContain(`action="${pathOf(link)}/undo"`);
    expect((await markOf(LEAVER))?.unsubscribedAt).toBe(now.toISOString());
    // A client that posts twice changes nothing more.
    expect((await oneClick(pathOf(link))).status).toBe(200);
    expect(
      (await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, first))?.counts.unsubscribed,
    ).toBe(1);
  });

  it('refuses a forged or altered token and changes nothing', async () => {
    const genuine = pathOf(unsubscribeLinkOf(STAYER));
    const forged = signUnsubscribe('another-secret-of-at-least-32-characters!!', {
      orgSlug: ORG,
      campaignSlug: CAMPAIGN,
      person: emailKey(STAYER),
      updateId: first,
    });
    const altered = genuine.replace(emailKey(STAYER), emailKey(LEAVER));
    for (const path of [
      `/unsubscribe/${forged}`,
      altered,
      `${genuine}x`,
      '/unsubscribe/nonsense',
    ]) {
      const response = await oneClick(path);
      expect(response.status).toBe(400);
    }
    expect((await markOf(STAYER))?.unsubscribedAt).toBeUndefined();
    expect(
      (await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, first))?.counts.unsubscribed,
    ).toBe(1);
  });

  it('sends the next update to the others only, and still sends the unsubscribed donor’s receipts', async () => {
    const before = resend.delivered.length;
    const second = await updates.publish({ fr: { title: 'Deuxième', body: 'Encore.' } });
    await updates.email(db, second, now);
    const sent = resend.delivered.slice(before).map((email) => email.to);
    expect(sent).toEqual([STAYER]);

    const pledgeId = await generateGift(db, {
      org: ORG,
      campaign: CAMPAIGN,
      email: LEAVER,
      locale: 'fr',
      optIn: false,
    });
    expect(await sendOutboxItem(receiptWorker(db), `receipt_${pledgeId}`)).toBe('sent');
    expect(receipts.at(-1)).toContain(LEAVER);
  });

  it('undoes: the supporter is back on the list for the next update', async () => {
    const undone = await oneClick(`${pathOf(unsubscribeLinkOf(LEAVER))}/undo`);
    expect(undone.status).toBe(200);
    expect(await undone.text()).toContain('Vous êtes à nouveau abonné·e');
    expect((await markOf(LEAVER))?.unsubscribedAt).toBeUndefined();
    const before = resend.delivered.length;
    const third = await updates.publish({ fr: { title: 'Troisième', body: 'Toujours.' } });
    await updates.email(db, third, now);
    expect(
      resend.delivered
        .slice(before)
        .map((email) => email.to)
        .sort(),
    ).toEqual([LEAVER, STAYER]);
  });
});
