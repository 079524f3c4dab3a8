import {
  emailKey,
  findCampaign,
  findCampaignSupporter,
  findPayment,
  findSupporter,
} from '@haven/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { payAs } from '../support/pay-as';
import { createPaymentsApp } from '../support/payments-app';
import { signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices();
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const ORG = 'mpm';
const CAMPAIGN = 'voix-aux-nations-unies';

async function give(locale: string, fields: Record<string, string> = {}) {
  const response = await postDonationForm(app, `/${locale}/${ORG}/${CAMPAIGN}/donate`, {
    frequency: 'once',
    currency: 'CHF',
    amount: '2500',
    ...fields,
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0];
  if (!sessionId) throw new Error(`no checkout session (status ${response.status})`);
  return { sessionId, pledgeId: await stripe.pledgeOf(sessionId) };
}

const deliver = (payload: string) =>
  app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
  });

const supportersNow = async () => (await findCampaign(db, ORG, CAMPAIGN))?.supporters ?? 0;

describe('supporters', () => {
  it('keeps the consent given with a gift on the supporter: when, and where (campaign, form)', async () => {
    const { sessionId, pledgeId } = await give('es', { updatesOptIn: 'on' });
    expect((await deliver(await payAs(stripe, sessionId, 'Lucia@Example.org'))).status).toBe(200);

    const person = emailKey('lucia@example.org');
    expect(await findSupporter(db, ORG, 'lucia@example.org')).toMatchObject({
      emailKey: person,
      locale: 'es',
      firstPledgeId: pledgeId,
      latestPledgeId: pledgeId,
    });
    expect(await findCampaignSupporter(db, ORG, person, CAMPAIGN)).toMatchObject({
      locale: 'es',
      consent: {
        at: '2026-11-25T12:00:00.000Z',
        campaignSlug: CAMPAIGN,
        form: 'donation',
        pledgeId,
      },
    });
    expect((await findPayment(db, pledgeId))?.donorEmail).toBe('Lucia@Example.org');
  });

  it('records no consent when the box was left unticked', async () => {
    const { sessionId } = await give('fr');
    await deliver(await payAs(stripe, sessionId, 'no-news@example.org'));
    const mark = await findCampaignSupporter(db, ORG, emailKey('no-news@example.org'), CAMPAIGN);
    expect(mark).toBeDefined();
    expect(mark?.consent).toBeUndefined();
  });

  it('counts a person who gave twice once, and follows their latest gift and language', async () => {
    const before = await supportersNow();
    const first = await give('fr');
    await deliver(await payAs(stripe, first.sessionId, 'twice@example.org'));
    const second = await give('es', { updatesOptIn: 'on' });
    await deliver(await payAs(stripe, second.sessionId, 'twice@example.org'));

    expect(await supportersNow()).toBe(before + 1);
    expect(await findSupporter(db, ORG, 'twice@example.org')).toMatchObject({
      locale: 'es',
      firstPledgeId: first.pledgeId,
      latestPledgeId: second.pledgeId,
    });
    // The second gift's ticked box is consent, though the first had none.
    const mark = await findCampaignSupporter(db, ORG, emailKey('twice@example.org'), CAMPAIGN);
    expect(mark?.consent?.pledgeId).toBe(second.pledgeId);
  });

  it('counts one person once when their gifts are fulfilled at the same instant, each event delivered three times', async () => {
    const before = await supportersNow();
    const gifts = await Promise.all(Array.from({ length: 6 }, () => give('en')));
    const events: string[] = [];
    for (const gift of gifts) events.push(await payAs(stripe, gift.sessionId, 'eager@example.org'));
    // And two other people, concurrently, so the count must rise by exactly three.
    const others = await Promise.all([give('en'), give('en')]);
    events.push(await payAs(stripe, others[0]?.sessionId ?? '', 'one@example.org'));
    events.push(await payAs(stripe, others[1]?.sessionId ?? '', 'two@example.org'));

    const responses = await Promise.all(
      events.flatMap((event) => [event, event, event].map(deliver)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(24).fill(200));
    expect(await supportersNow()).toBe(before + 3);
  });
});
