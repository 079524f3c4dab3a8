import { emailKey, findCampaignUpdate, firstGiftSupporterItems, supporterKeys } from '@haven/db';
import { createApp } from '@haven/web';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { outsideServices } from '../support/msw';
import { allItems } from '../support/raw-table';
import { resendBatches } from '../support/resend-batch';
import { signIn } from '../support/staff';
import { generateGift, writeSupporters } from '../support/supporters';
import { TEST_FORM_SECRET, updatesOf } from '../support/update-flow';

const resend = resendBatches();
const edgeOfTheWorld = outsideServices(resend.handler);
edgeOfTheWorld.listen();
afterAll(() => edgeOfTheWorld.close());

const ORG = 'mpm';
const CAMPAIGN = 'voix-aux-nations-unies';
const AT = new Date('2026-11-20T10:00:00Z');

const itemAt = (items: Record<string, unknown>[], key: { pk: string; sk: string }) =>
  items.find((item) => item.pk === key.pk && item.sk === key.sk);

describe('supporters written in bulk for benchmarks', () => {
  it('are item for item what a real first gift writes, with and without consent', async () => {
    const db = await createTestDb();
    for (const [email, optIn] of [
      ['consents@example.org', true],
      ['stays-quiet@example.org', false],
    ] as const) {
      const pledgeId = await generateGift(db, {
        org: ORG,
        campaign: CAMPAIGN,
        email,
        locale: 'es',
        optIn,
        at: AT,
      });
      const giftAt = AT.toISOString();
      const built = firstGiftSupporterItems({
        orgSlug: ORG,
        campaignSlug: CAMPAIGN,
        email,
        locale: 'es',
        pledgeId,
        giftAt,
        consent: optIn
          ? { at: giftAt, campaignSlug: CAMPAIGN, form: 'donation', pledgeId }
          : undefined,
      });
      const person = emailKey(email);
      const table = await allItems(db);
      expect(itemAt(table, supporterKeys.supporter(ORG, person))).toEqual(built.record);
      expect(itemAt(table, supporterKeys.campaignSupporter(ORG, person, CAMPAIGN))).toEqual(
        built.mark,
      );
      expect(built.mark.gsi1pk !== undefined).toBe(optIn);
    }
  });

  it('get an update sent to the consenting, leaving out the bouncing and the opted out', async () => {
    const db = await createTestDb();
    const now = new Date('2026-11-25T12:00:00Z');
    const written = await writeSupporters(db, { org: ORG, campaign: CAMPAIGN }, 400, AT);
    const consenting = written.people.filter((person) => person.consent).length;
    expect(consenting).toBe(392);
    expect(written).toMatchObject({ bouncing: 4, optedOut: 4 });
    const app = createApp({
      db,
      publicUrl: PUBLIC_URL,
      now: () => now,
      guard: { formTokenKey: TEST_FORM_SECRET },
    });
    const session = await signIn(app, db, 'fundraiser@mpm.example.org', now);
    const updates = updatesOf(app, session, CAMPAIGN);
    const id = await updates.publish({
      en: { title: 'News', body: 'Hello.' },
      ar: { title: 'أخبار', body: 'مرحبا.' },
    });
    await updates.email(db, id, now);
    expect((await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, id))?.counts).toMatchObject({
      queued: 392,
      sent: 384,
      suppressed: 8,
      failed: 0,
    });
    expect(resend.delivered).toHaveLength(384);
    expect(new Set(resend.delivered.map((email) => email.to)).size).toBe(384);
    // A ceiling, not a timing: twelve batches' transactions take a few seconds alone and
    // over thirty on a runner loaded by the whole suite.
  }, 300_000);
});
