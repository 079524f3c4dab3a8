import {
  findCampaign,
  findOutboxItem,
  findPayment,
  findPledge,
  listReceiptCounters,
} from '@haven/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { issueReceipts, receiptWorker, resendAccepts } from '../support/receipt-worker';
import { signature, startTestStripe } from '../support/stripe';

/** What the webhook answers once it has handled an event. */
const WebhookAnswer = z.object({ effect: z.string() });

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const worker = receiptWorker(db);
const CAMPAIGN = { org: 'mpm', slug: 'voix-aux-nations-unies' };

/** A supporter gives through the form; returns the pledge and Checkout session ids. */
async function donate(fields: Record<string, string>, locale = 'fr') {
  const response = await postDonationForm(
    app,
    `/${locale}/${CAMPAIGN.org}/${CAMPAIGN.slug}/donate`,
    { frequency: 'once', ...fields },
  );
  const location = response.headers.get('location') ?? '';
  const sessionId =
    /cs_test_\w+/.exec(location)?.[0] ?? /cs_test_\w+/.exec(await response.text())?.[0];
  if (!sessionId) throw new Error(`no checkout session (status ${response.status})`);
  return { response, sessionId, pledgeId: await stripe.pledgeOf(sessionId) };
}

/** Delivers an event's payload as Stripe would: signed, to the webhook route. */
function deliver(payload: string, headers: Record<string, string> = {}) {
  return app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: {
      'content-type': 'application/json',
      'stripe-signature': signature(payload),
      ...headers,
    },
  });
}

const campaignNow = () => findCampaign(db, CAMPAIGN.org, CAMPAIGN.slug);

describe('a paid Checkout session', () => {
  it('yields one payment, one receipt and exact totals', async () => {
    const before = await campaignNow();
    const { response, sessionId, pledgeId } = await donate({
      currency: 'CHF',
      amount: '5000',
      coverFee: 'on',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(stripe.checkoutUrl(sessionId));

    // What Stripe was asked: amounts computed here, the fee cover as its own line, the pledge id.
    const sent = stripe.createRequests().at(-1);
    expect(sent?.get('line_items[0][price_data][unit_amount]')).toBe('5000');
    expect(sent?.get('line_items[1][price_data][unit_amount]')).toBe('181');
    expect(sent?.get('submit_type')).toBe('donate');
    expect(sent?.get('locale')).toBe('fr');
    expect(sent?.get('client_reference_id')).toBe(pledgeId);
    expect(sent?.get('success_url')).toBe(
      'https://give.example.org/fr/mpm/voix-aux-nations-unies/thanks?session_id={CHECKOUT_SESSION_ID}',
    );

    // The emulator charges 2.9% + 0.30: 150.249 → 150, + 30.
    const webhook = await deliver(await stripe.pay(sessionId));
    expect(webhook.status).toBe(200);

    const pledge = await findPledge(db, pledgeId);
    expect(pledge).toMatchObject({ status: 'paid', gift: 5000, feeCover: 181 });
    const payment = await findPayment(db, pledgeId);
    expect(payment).toMatchObject({
      gross: 5181,
      fee: 180,
      net: 5001,
      gift: 5000,
      feeCover: 181,
      currency: 'CHF',
    });
    const after = await campaignNow();
    expect(after?.totals.CHF?.amount).toBe((before?.totals.CHF?.amount ?? 0) + 5000);
    expect(after?.supporters).toBe((before?.supporters ?? 0) + 1);
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({
      status: 'pending',
      kind: 'receipt',
    });
    // Numbered when the receipt is issued, off the payment's path.
    expect(payment?.receiptNumber).toBeUndefined();
    expect(await issueReceipts(worker, [pledgeId])).toEqual(['sent']);
    expect((await findPayment(db, pledgeId))?.receiptNumber).toMatch(/^MPM-2026-\d{6}$/);
  });

  it('changes nothing more when the same event arrives 10 times at once', async () => {
    const { sessionId, pledgeId } = await donate({ currency: 'EUR', amount: '2000' });
    const event = await stripe.pay(sessionId, { email: `donor+${pledgeId}@example.org` });
    const before = await campaignNow();
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    const effects = await Promise.all(
      responses.map(async (r) => WebhookAnswer.parse(await r.json()).effect),
    );
    expect(effects.filter((effect) => effect === 'applied')).toHaveLength(1);
    const after = await campaignNow();
    expect(after?.totals.EUR?.amount).toBe((before?.totals.EUR?.amount ?? 0) + 2000);
    expect(after?.supporters).toBe((before?.supporters ?? 0) + 1);
    expect(await findPayment(db, pledgeId)).toBeDefined();
  });

  it('gives concurrent payments of one organisation consecutive receipt numbers', async () => {
    const count = 12;
    const donations = await Promise.all(
      Array.from({ length: count }, () => donate({ currency: 'CHF', amount: '3000' })),
    );
    const events: string[] = [];
    for (const { sessionId } of donations) events.push(await stripe.pay(sessionId));
    const responses = await Promise.all(events.map((event) => deliver(event)));
    expect(responses.map((response) => response.status)).toEqual(Array(count).fill(200));
    // All receipts at once, as the stream's concurrent workers issue them: they contend for the
    // organisation's receipt counter.
    const pledgeIds = donations.map(({ pledgeId }) => pledgeId);
    expect(await issueReceipts(worker, pledgeIds)).toEqual(Array(count).fill('sent'));
    const numbers = await Promise.all(
      donations.map(async ({ pledgeId }) => (await findPayment(db, pledgeId))?.receiptNumber ?? ''),
    );
    const sequence = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(count);
    const first = sequence[0] ?? 0;
    expect(sequence).toEqual(Array.from({ length: count }, (_, i) => first + i));
    expect((await listReceiptCounters(db, 'mpm')).get(2026)).toBe(sequence.at(-1));
  });
});

describe('bank debits that settle later', () => {
  it('settles whatever order the events arrive in', async () => {
    const { sessionId, pledgeId } = await donate({ currency: 'EUR', amount: '4000' });
    const completed = await stripe.payByBankDebit(sessionId, `donor+${sessionId}@example.org`);
    const succeeded = await stripe.settle(sessionId, 'succeeded');
    const before = await campaignNow();
    // Stripe does not promise order: the success arrives first, then the older completion, then both again.
    for (const event of [succeeded, completed, completed, succeeded]) {
      expect((await deliver(event)).status).toBe(200);
    }
    expect((await findPledge(db, pledgeId))?.status).toBe('paid');
    const after = await campaignNow();
    expect(after?.totals.EUR?.amount).toBe((before?.totals.EUR?.amount ?? 0) + 4000);
    expect(after?.supporters).toBe((before?.supporters ?? 0) + 1);
  });

  it('is processing until it settles, then paid', async () => {
    const { sessionId, pledgeId } = await donate({ currency: 'EUR', amount: '4000' });
    await deliver(await stripe.payByBankDebit(sessionId));
    expect((await findPledge(db, pledgeId))?.status).toBe('processing');
    expect(await findPayment(db, pledgeId)).toBeUndefined();
    await deliver(await stripe.settle(sessionId, 'succeeded'));
    expect((await findPledge(db, pledgeId))?.status).toBe('paid');
    // The fee of the balance transaction written at settlement: 2.9% of 40.00 + 0.30.
    expect((await findPayment(db, pledgeId))?.fee).toBe(146);
  });

  it('fails without touching the totals when the debit fails', async () => {
    const { sessionId, pledgeId } = await donate({ currency: 'EUR', amount: '4000' });
    await deliver(await stripe.payByBankDebit(sessionId));
    const before = await campaignNow();
    await deliver(await stripe.settle(sessionId, 'failed'));
    expect((await findPledge(db, pledgeId))?.status).toBe('failed');
    expect(await findPayment(db, pledgeId)).toBeUndefined();
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toBeUndefined();
    expect(await campaignNow()).toEqual(before);
  });
});

describe('an abandoned Checkout', () => {
  it('expires the pledge and leaves the totals untouched', async () => {
    const { sessionId, pledgeId } = await donate({ currency: 'USD', amount: '2500' });
    const before = await campaignNow();
    expect((await deliver(await stripe.expire(sessionId))).status).toBe(200);
    expect((await findPledge(db, pledgeId))?.status).toBe('expired');
    expect(await campaignNow()).toEqual(before);
  });
});

describe('webhook verification', () => {
  it('refuses a bad signature, a stale timestamp and a tampered body, and changes nothing', async () => {
    const { sessionId, pledgeId } = await donate({ currency: 'CHF', amount: '5000' });
    const payload = await stripe.pay(sessionId);
    const tampered = payload.replace('"livemode": false', '"livemode": true');
    expect(tampered).not.toBe(payload);
    const attempts = [
      { body: payload, sig: signature(payload, { secret: 'whsec_not_the_right_one' }) },
      {
        body: payload,
        sig: signature(payload, { timestamp: Math.floor(Date.now() / 1000) - 3600 }),
      },
      { body: tampered, sig: signature(payload) },
      { body: payload, sig: '' },
    ];
    for (const { body, sig } of attempts) {
      const response = await app.request('/webhooks/stripe', {
        method: 'POST',
        body,
        headers: sig ? { 'stripe-signature': sig } : {},
      });
      expect(response.status).toBe(400);
    }
    expect((await findPledge(db, pledgeId))?.status).toBe('pending');
    expect(await findPayment(db, pledgeId)).toBeUndefined();
  });

  it('acknowledges event types it does not act on', async () => {
    const payload = JSON.stringify({
      id: 'evt_other',
      object: 'event',
      type: 'customer.created',
      data: { object: {} },
    });
    const response = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': signature(payload) },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ignored: 'customer.created' });
  });
});

describe('refused before Stripe is called', () => {
  it.each([
    [{ currency: 'CHF', customAmount: '0.20' }, 'Le don minimum est de'],
    [{ currency: 'CHF', customAmount: '30000' }, 'Le don maximum en ligne est de'],
    [{ currency: 'JPY', amount: '5000' }, 'Cette campagne n’accepte pas cette devise.'],
  ])('%o', async (fields, message) => {
    const calls = stripe.createRequests().length;
    const response = await app.request('/fr/mpm/voix-aux-nations-unies/donate', {
      method: 'POST',
      body: new URLSearchParams(fields),
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(message);
    expect(stripe.createRequests().length).toBe(calls);
  });

  it('answers the JSON route with problem details', async () => {
    const calls = stripe.createRequests().length;
    const response = await app.request('/api/donations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organisation: 'mpm',
        campaign: 'voix-aux-nations-unies',
        amount: 5000,
        currency: 'KWD',
        locale: 'en',
      }),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 422, errors: [{ path: 'currency' }] });
    expect(stripe.createRequests().length).toBe(calls);
  });
});

describe('a payment whose figures Stripe has not written yet', () => {
  it('is not recorded without them: Stripe is asked to deliver again, and the next delivery records it', async () => {
    const { sessionId, pledgeId } = await donate({ currency: 'CHF', amount: '5000' });
    const event = await stripe.pay(sessionId, { figuresLater: true });
    const first = await deliver(event);
    expect(first.status).toBe(503);
    expect((await findPledge(db, pledgeId))?.status).toBe('pending');
    const thanks = await app.request(
      `/fr/mpm/voix-aux-nations-unies/thanks?session_id=${sessionId}`,
    );
    expect(await thanks.text()).toContain('Votre paiement est en cours de traitement');

    await stripe.writeFigures(sessionId);
    expect((await deliver(event)).status).toBe(200);
    // The emulator's fee: 2.9% of 50.00 + 0.30.
    expect(await findPayment(db, pledgeId)).toMatchObject({ fee: 175, net: 4825 });
  });
});

describe('receipt dates', () => {
  it("take the charge's date and year, not the day Stripe's retry arrived", async () => {
    const lateApp = createPaymentsApp(db, stripe, () => new Date('2027-01-02T09:00:00Z'));
    const response = await postDonationForm(lateApp, '/en/mpm/voix-aux-nations-unies/donate', {
      currency: 'CHF',
      amount: '5000',
    });
    const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
    const pledgeId = await stripe.pledgeOf(sessionId);
    const payload = await stripe.pay(sessionId, { paidAt: new Date('2026-12-31T23:50:00Z') });
    await lateApp.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': signature(payload) },
    });
    // Issued in January, the receipt of a 31 December gift takes a number of the old year.
    const january = receiptWorker(db, new Date('2027-01-02T09:05:00Z'));
    expect(await issueReceipts(january, [pledgeId])).toEqual(['sent']);
    const payment = await findPayment(db, pledgeId);
    expect(payment?.paidAt).toBe('2026-12-31T23:50:00.000Z');
    expect(payment?.receiptNumber).toMatch(/^MPM-2026-/);
  });
});
