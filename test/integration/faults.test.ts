import { findCampaign, findOutboxItem, findPayment, findPledge } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { sendOutboxItem } from '@haven/outbox';
import { createStripeClient, stripeGateway } from '@haven/stripe-gateway';
import { createApp } from '@haven/web';
import { delay, HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PUBLIC_URL } from '../support/app';
import { createTestDb } from '../support/db';
import { injectDbFaults } from '../support/db-faults';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { receiptWorker } from '../support/receipt-worker';
import { startSilentServer } from '../support/silent-server';
import { STRIPE_KEY, signature, startTestStripe, WEBHOOK_SECRET } from '../support/stripe';

const WebhookAnswer = z.object({ effect: z.string() });
const SentEmail = z.object({ subject: z.string() });

const stripe = await startTestStripe();
const resend = { sent: [] as { key: string | null; subject: string }[], answers: [] as string[] };
const edgeOfTheWorld = outsideServices(
  http.post('https://api.resend.com/emails', async ({ request }) => {
    const answer = resend.answers.shift() ?? 'ok';
    if (answer === 'hang') await delay('infinite');
    const { subject } = SentEmail.parse(await request.json());
    resend.sent.push({ key: request.headers.get('idempotency-key'), subject });
    if (answer === 'ok') return HttpResponse.json({ id: `email_${resend.sent.length}` });
    return HttpResponse.json(
      { statusCode: 500, name: 'internal_server_error', message: 'failed' },
      { status: 500 },
    );
  }),
);
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => {
  edgeOfTheWorld.server.resetHandlers();
  faults.clear();
  resend.sent.length = 0;
  resend.answers.length = 0;
});
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const faults = injectDbFaults(db);
const now = new Date('2026-11-25T12:00:00Z');
/** The app with Stripe at `apiBase`, with a short deadline so a hung Stripe shows quickly. */
const appWithStripeAt = (apiBase: string) =>
  createApp({
    db,
    publicUrl: PUBLIC_URL,
    now: () => now,
    payments: {
      gateway: stripeGateway(
        createStripeClient({
          secretKey: STRIPE_KEY,
          apiBase,
          timeouts: { timeout: 300, maxNetworkRetries: 0 },
        }),
        { webhookSecret: WEBHOOK_SECRET },
      ),
      feeModel: { basisPoints: 290, fixedMinor: 30 },
    },
    checkoutOrigins: [new URL(apiBase).origin],
  });
const app = appWithStripeAt(stripe.apiBase);
const CAMPAIGN = { org: 'wmpa', slug: 'mountain-voices' };
/** Resend with a short deadline, so a hung Resend shows quickly. */
const shortMailer = () => createResendMailer({ apiKey: 're_test_integration', timeoutMs: 200 });

const donateRequest = (amount: number) =>
  postDonationForm(app, `/en/${CAMPAIGN.org}/${CAMPAIGN.slug}/donate`, {
    frequency: 'once',
    currency: 'EUR',
    amount: String(amount),
  });

/** A donor gives and pays; answers the pledge and the event Stripe would send. */
async function paidGift(amount = 2_500) {
  const response = await donateRequest(amount);
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const pledgeId = await stripe.pledgeOf(sessionId);
  return {
    sessionId,
    pledgeId,
    event: await stripe.pay(sessionId, { email: `donor+${pledgeId}@example.org` }),
  };
}

const signed = (payload: string) => ({
  method: 'POST',
  body: payload,
  headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
});
const deliver = (payload: string) => app.request('/webhooks/stripe', signed(payload));

const raised = async () => {
  const campaign = await findCampaign(db, CAMPAIGN.org, CAMPAIGN.slug);
  return { amount: campaign?.totals.EUR?.amount ?? 0, supporters: campaign?.supporters ?? 0 };
};

/** Stripe should come back: a 5xx that says when. */
const expectRetryLater = (response: Response) => {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
};

/** Nothing of the gift is stored: pledge still pending, no payment, no receipt, totals as before. */
async function expectNothingRecorded(pledgeId: string, before: { amount: number }) {
  expect((await findPledge(db, pledgeId))?.status).toBe('pending');
  expect(await findPayment(db, pledgeId)).toBeUndefined();
  expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toBeUndefined();
  expect((await raised()).amount).toBe(before.amount);
}

/** The gift is recorded exactly once: one payment, one receipt due, the totals moved once. */
async function expectRecordedOnce(
  pledgeId: string,
  before: { amount: number; supporters: number },
) {
  expect((await findPledge(db, pledgeId))?.status).toBe('paid');
  expect(await findPayment(db, pledgeId)).toMatchObject({ gift: 2_500 });
  expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({ status: 'pending' });
  expect(await raised()).toEqual({
    amount: before.amount + 2_500,
    supporters: before.supporters + 1,
  });
}

describe('DynamoDB failing under a webhook', () => {
  it('throttled past the SDK’s retries: 503 with Retry-After, nothing stored, the redelivery records it once', async () => {
    const { pledgeId, event } = await paidGift();
    const before = await raised();
    faults.fail('TransactWriteItemsCommand', 'throttle');
    expectRetryLater(await deliver(event));
    await expectNothingRecorded(pledgeId, before);
    expect(WebhookAnswer.parse(await (await deliver(event)).json()).effect).toBe('applied');
    await expectRecordedOnce(pledgeId, before);
  });

  it('a transaction conflict is retried within the delivery, which records the gift once', async () => {
    const { pledgeId, event } = await paidGift();
    const before = await raised();
    faults.fail('TransactWriteItemsCommand', 'conflict', { times: 2 });
    const response = await deliver(event);
    expect(response.status).toBe(200);
    expect(WebhookAnswer.parse(await response.json()).effect).toBe('applied');
    await expectRecordedOnce(pledgeId, before);
  });

  it('conflicts that outlast the retries: 503 with Retry-After, nothing stored, the redelivery records it once', async () => {
    const { pledgeId, event } = await paidGift();
    const before = await raised();
    faults.fail('TransactWriteItemsCommand', 'conflict', { times: 10 });
    expectRetryLater(await deliver(event));
    await expectNothingRecorded(pledgeId, before);
    expect((await deliver(event)).status).toBe(200);
    await expectRecordedOnce(pledgeId, before);
  });

  it('the write commits but its answer is lost: 503, and the redelivery finds it done', async () => {
    const { pledgeId, event } = await paidGift();
    const before = await raised();
    faults.fail('TransactWriteItemsCommand', 'lost-answer');
    expectRetryLater(await deliver(event));
    const again = await deliver(event);
    expect(again.status).toBe(200);
    expect(WebhookAnswer.parse(await again.json()).effect).toBe('duplicate');
    await expectRecordedOnce(pledgeId, before);
  });
});

describe('Stripe failing under a webhook', () => {
  const retrieve = `${stripe.apiBase}/v1/checkout/sessions/:id`;
  it.each([
    ['a 500', () => HttpResponse.json({ error: { type: 'api_error' } }, { status: 500 })],
    ['a 429', () => HttpResponse.json({ error: { type: 'rate_limit_error' } }, { status: 429 })],
  ])(
    'with %s: 503 with Retry-After, nothing stored, the redelivery records it once',
    async (_, answer) => {
      const { pledgeId, event } = await paidGift();
      const before = await raised();
      edgeOfTheWorld.server.use(http.get(retrieve, answer, { once: true }));
      expectRetryLater(await deliver(event));
      await expectNothingRecorded(pledgeId, before);
      expect((await deliver(event)).status).toBe(200);
      await expectRecordedOnce(pledgeId, before);
    },
  );
});

describe('Stripe not answering under a webhook', () => {
  it('503 with Retry-After within the deadline, nothing stored, the redelivery records it once', async () => {
    const frozen = await startSilentServer();
    const { pledgeId, event } = await paidGift();
    const before = await raised();
    expectRetryLater(await appWithStripeAt(frozen.url).request('/webhooks/stripe', signed(event)));
    expect(frozen.accepted()).toBe(1);
    await frozen.stop();
    await expectNothingRecorded(pledgeId, before);
    expect((await deliver(event)).status).toBe(200);
    await expectRecordedOnce(pledgeId, before);
  });
});

describe('a crash between two steps', () => {
  it('pledge stored, Checkout refused: the donor is asked to retry later, and the retry goes to Checkout', async () => {
    const before = await raised();
    edgeOfTheWorld.server.use(
      http.post(
        `${stripe.apiBase}/v1/checkout/sessions`,
        () => HttpResponse.json({ error: { type: 'api_error' } }, { status: 500 }),
        { once: true },
      ),
    );
    const refused = await donateRequest(2_500);
    expectRetryLater(refused);
    expect(await refused.text()).toContain('lang="en"');
    const retried = await donateRequest(2_500);
    expect(retried.status).toBe(303);
    expect(retried.headers.get('location')).toMatch(/\/c\/pay\/cs_test_/);
    // The abandoned pledge was never charged and counts nowhere.
    expect(await raised()).toEqual(before);
  });

  it('receipt sent, its "sent" write lost: the next attempt sends it under the same key and number', async () => {
    const { pledgeId, event } = await paidGift();
    expect((await deliver(event)).status).toBe(200);
    const id = `receipt_${pledgeId}`;
    // The claim is the first UpdateItem; marking it sent, the second.
    faults.fail('UpdateItemCommand', 'throttle', { after: 1 });
    await expect(sendOutboxItem(receiptWorker(db, now), id)).rejects.toThrow();
    expect(await findOutboxItem(db, id)).toMatchObject({ status: 'pending' });
    // Once the lease has run out the item is claimed again.
    const later = new Date(now.getTime() + 61_000);
    expect(await sendOutboxItem(receiptWorker(db, later), id)).toBe('sent');
    expect(resend.sent).toHaveLength(2);
    expect(new Set(resend.sent.map((sent) => sent.key))).toEqual(new Set([id]));
    const number = (await findPayment(db, pledgeId))?.receiptNumber ?? 'none';
    expect(resend.sent.map((sent) => sent.subject.includes(number))).toEqual([true, true]);
    expect(await findOutboxItem(db, id)).toMatchObject({ status: 'sent' });
  });
});

describe('Resend failing', () => {
  it.each([
    ['a 500', 'error'],
    ['no answer', 'hang'],
  ])('with %s, the receipt is retried later under the same key and number', async (_, answer) => {
    const { pledgeId, event } = await paidGift();
    expect((await deliver(event)).status).toBe(200);
    const id = `receipt_${pledgeId}`;
    resend.answers.push(answer);
    const worker = { ...receiptWorker(db, now), mailer: shortMailer() };
    expect(await sendOutboxItem(worker, id)).toBe('retry');
    const number = (await findPayment(db, pledgeId))?.receiptNumber;
    expect(number).toMatch(/^WMPA-2026-\d{6}$/);
    const later = { ...worker, now: () => new Date(now.getTime() + 61_000) };
    expect(await sendOutboxItem(later, id)).toBe('sent');
    expect((await findPayment(db, pledgeId))?.receiptNumber).toBe(number);
    expect(resend.sent.at(-1)).toEqual({ key: id, subject: expect.stringContaining(number ?? '') });
  });
});
