import { findCampaignUpdate, findEmailStatus } from '@haven/db';
import { createApp } from '@haven/web';
import { Webhook } from 'standardwebhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { outsideServices } from '../support/msw';
import { resendBatches } from '../support/resend-batch';
import { signIn } from '../support/staff';
import { generateGift } from '../support/supporters';
import { TEST_FORM_SECRET, updatesOf } from '../support/update-flow';

const RESEND_SECRET = `whsec_${Buffer.from('resend-webhook-secret-for-tests!').toString('base64')}`;
const resend = resendBatches();
const edgeOfTheWorld = outsideServices(resend.handler);
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
  resendWebhookSecret: RESEND_SECRET,
});
const ORG = 'mpm';
const CAMPAIGN = 'voix-aux-nations-unies';
const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', now);
const updates = updatesOf(app, fundraiser, CAMPAIGN);

const BOUNCER = 'bouncer@example.org';
const COMPLAINER = 'complainer@example.org';
const READER = 'reader@example.org';
for (const email of [BOUNCER, COMPLAINER, READER]) {
  await generateGift(db, { org: ORG, campaign: CAMPAIGN, email, locale: 'fr', optIn: true });
}
const first = await updates.publish({ fr: { title: 'Première', body: 'Bonjour.' } });
await updates.email(db, first, now);

let events = 0;
/** A webhook as Resend sends it: Svix headers, signed with the endpoint's secret (or another). */
function resendEvent(
  type: string,
  to: string,
  options: { secret?: string; id?: string; emailId?: string } = {},
) {
  const id = options.id ?? `msg_test_${++events}`;
  const payload = JSON.stringify({
    type,
    created_at: now.toISOString(),
    data: {
      // Resend's id of the email concerned: the first one it accepted for this address.
      email_id: options.emailId ?? resend.delivered.find((email) => email.to === to)?.id,
      to: [to],
      subject: 'Première',
      tags: { kind: 'update', update: first, org: ORG, campaign: CAMPAIGN },
    },
  });
  const signer = new Webhook(options.secret ?? RESEND_SECRET);
  const timestamp = new Date();
  return {
    method: 'POST',
    body: payload,
    headers: {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'svix-signature': signer.sign(id, timestamp, payload),
    },
  };
}

describe('Resend’s bounce and complaint webhooks', () => {
  it('with a bad signature change nothing (400)', async () => {
    const wrongKey = `whsec_${Buffer.from('another-secret-entirely-32-bytes').toString('base64')}`;
    const forged = resendEvent('email.bounced', READER, { secret: wrongKey });
    expect((await app.request('/webhooks/resend', forged)).status).toBe(400);
    const unsigned = {
      ...resendEvent('email.bounced', READER),
      headers: { 'content-type': 'application/json' },
    };
    expect((await app.request('/webhooks/resend', unsigned)).status).toBe(400);
    const tampered = resendEvent('email.complained', COMPLAINER);
    tampered.body = tampered.body.replace(COMPLAINER, READER);
    expect((await app.request('/webhooks/resend', tampered)).status).toBe(400);
    expect(await findEmailStatus(db, READER)).toBeUndefined();
    expect((await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, first))?.counts.bounced).toBe(
      0,
    );
  });

  it('mark a bouncing and a complaining address, once each however often delivered, and count them on the update', async () => {
    const bounce = resendEvent('email.bounced', BOUNCER);
    for (let i = 0; i < 3; i++)
      expect((await app.request('/webhooks/resend', bounce)).status).toBe(200);
    expect(
      (await app.request('/webhooks/resend', resendEvent('email.complained', COMPLAINER))).status,
    ).toBe(200);
    expect(
      (await app.request('/webhooks/resend', resendEvent('email.delivered', READER))).status,
    ).toBe(200);
    expect(await findEmailStatus(db, BOUNCER)).toEqual({
      bouncedAt: now.toISOString(),
      complainedAt: undefined,
    });
    expect(await findEmailStatus(db, COMPLAINER)).toEqual({
      bouncedAt: undefined,
      complainedAt: now.toISOString(),
    });
    expect(await findEmailStatus(db, READER)).toBeUndefined();
    const counts = (await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, first))?.counts;
    expect(counts).toMatchObject({ sent: 3, bounced: 1, unsubscribed: 1 });
  });

  it('leaves bouncing and complaining addresses out of every later update', async () => {
    const before = resend.delivered.length;
    const second = await updates.publish({ fr: { title: 'Deuxième', body: 'Encore.' } });
    await updates.email(db, second, now);
    expect(resend.delivered.slice(before).map((email) => email.to)).toEqual([READER]);
    expect(
      (await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, second))?.counts,
    ).toMatchObject({
      queued: 3,
      sent: 1,
      suppressed: 2,
    });
  });

  it('count a bounce on the update whose email bounced, once however often told, and show it on its page', async () => {
    const third = await updates.publish({ fr: { title: 'Troisième', body: 'Toujours là.' } });
    await updates.email(db, third, now);
    const email = resend.delivered.at(-1);
    expect(email?.to).toBe(READER);
    const shown = async (id: string) => {
      const page = await app.request(`${updates.base}/${id}`, {
        headers: { cookie: fundraiser.cookie },
      });
      expect(page.status).toBe(200);
      return /data-count="bounced">(\d+)</.exec(await page.text())?.[1];
    };
    const before = (await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, first))?.counts;
    expect(await shown(third)).toBe('0');

    // Signed with another key: nothing moves.
    const wrongKey = `whsec_${Buffer.from('another-secret-entirely-32-bytes').toString('base64')}`;
    const forged = resendEvent('email.bounced', READER, { secret: wrongKey, emailId: email?.id });
    expect((await app.request('/webhooks/resend', forged)).status).toBe(400);
    expect(await shown(third)).toBe('0');
    expect(await findEmailStatus(db, READER)).toBeUndefined();

    // The tags still name the first update: the email's own id decides where the bounce counts.
    const bounce = resendEvent('email.bounced', READER, { emailId: email?.id });
    for (let i = 0; i < 2; i++) {
      expect((await app.request('/webhooks/resend', bounce)).status).toBe(200);
    }
    // Resend telling it again under a new event id counts no more for this person either.
    const again = resendEvent('email.bounced', READER, { emailId: email?.id });
    expect((await app.request('/webhooks/resend', again)).status).toBe(200);
    expect(await shown(third)).toBe('1');
    expect((await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, first))?.counts).toEqual(
      before,
    );
    expect(await findEmailStatus(db, READER)).toEqual({
      bouncedAt: now.toISOString(),
      complainedAt: undefined,
    });
  });
});
