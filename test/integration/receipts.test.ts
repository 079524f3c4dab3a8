import { findOutboxItem, findPledge } from '@haven/db';
import { createResendMailer } from '@haven/mail';
import { drainOutbox } from '@haven/outbox';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { DONOR, signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
/** The part of Resend's send request these tests read. */
const SentBody = z.object({
  to: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
type Sent = { idempotencyKey: string | null; body: z.infer<typeof SentBody> };
const resend = { sent: [] as Sent[], answers: [] as number[] };

const edgeOfTheWorld = outsideServices(
  http.post('https://api.resend.com/emails', async ({ request }) => {
    const status = resend.answers.shift() ?? 200;
    resend.sent.push({
      idempotencyKey: request.headers.get('idempotency-key'),
      body: SentBody.parse(await request.json()),
    });
    if (status === 200) return HttpResponse.json({ id: `email_${resend.sent.length}` });
    return HttpResponse.json(
      {
        statusCode: status,
        name: status === 422 ? 'validation_error' : 'internal_server_error',
        message: 'failed',
      },
      { status },
    );
  }),
);
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => {
  edgeOfTheWorld.server.resetHandlers();
  resend.sent.length = 0;
  resend.answers.length = 0;
});
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const start = new Date('2026-11-25T12:00:00Z');

const worker = (now: Date) => ({
  db,
  mailer: createResendMailer({ apiKey: 're_test_integration' }),
  from: 'Haven <receipts@example.org>',
  publicUrl: 'https://give.example.org',
  now: () => now,
  retryDelaysMs: [60_000, 600_000],
});
const later = (ms: number) => new Date(start.getTime() + ms);

/** Gives, pays by card and delivers Stripe's event: a receipt is then due. */
async function paidGift(path: string, fields: Record<string, string>) {
  const response = await postDonationForm(app, `${path}/donate`, fields);
  const html = response.status === 200 ? await response.text() : '';
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? html)?.[0] ?? '';
  const payload = await stripe.pay(sessionId);
  await app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'stripe-signature': signature(payload) },
  });
  const pledgeId = await stripe.pledgeOf(sessionId);
  return { response, html, sessionId, pledgeId };
}

describe('receipts', () => {
  it('are sent once, in the donor language, even when Resend fails first', async () => {
    const { pledgeId } = await paidGift('/fr/mpm/voix-aux-nations-unies', {
      currency: 'CHF',
      amount: '5000',
      dedicationKind: 'memory',
      dedicationName: 'Aïcha',
    });
    resend.answers.push(500);
    expect(await drainOutbox(worker(start))).toMatchObject({ sent: 0, retry: 1 });
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({
      status: 'pending',
      attempts: 1,
    });

    // Not due yet: nothing is sent before the backoff ends.
    expect(await drainOutbox(worker(later(30_000)))).toMatchObject({ sent: 0, retry: 0 });
    expect(await drainOutbox(worker(later(61_000)))).toMatchObject({ sent: 1 });
    expect(await drainOutbox(worker(later(3_600_000)))).toMatchObject({ sent: 0 });

    expect(resend.sent).toHaveLength(2);
    expect(new Set(resend.sent.map((s) => s.idempotencyKey))).toEqual(
      new Set([`receipt_${pledgeId}`]),
    );
    const email = resend.sent[1]?.body;
    expect(email?.to).toBe(DONOR.email);
    expect(email?.subject).toMatch(/MPM-2026-\d{6}/);
    expect(email?.html).toContain('lang="fr"');
    expect(email?.html).toContain('Aïcha');
    expect(email?.text).toContain('Minorités et peuples du monde (MPM)');
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({
      status: 'sent',
      providerId: 'email_2',
    });
  });

  it('marks a receipt failed, without retrying, when Resend refuses it for good', async () => {
    const { pledgeId } = await paidGift('/en/wmpa/mountain-voices', {
      currency: 'EUR',
      amount: '3000',
    });
    resend.answers.push(422);
    expect(await drainOutbox(worker(start))).toMatchObject({ failed: 1 });
    expect(await drainOutbox(worker(later(86_400_000)))).toMatchObject({ sent: 0 });
    expect(resend.sent).toHaveLength(1);
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({
      status: 'failed',
      lastError: 'validation_error',
    });
  });

  it('gives up after the last retry and keeps the item for a person to look at', async () => {
    const { pledgeId } = await paidGift('/en/iopdhr/refugee-rights', {
      currency: 'USD',
      amount: '3000',
    });
    resend.answers.push(500, 500, 500);
    await drainOutbox(worker(start));
    await drainOutbox(worker(later(61_000)));
    await drainOutbox(worker(later(61_000 + 601_000)));
    expect(resend.sent).toHaveLength(3);
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({
      status: 'failed',
      attempts: 3,
    });
  });
});

describe('Arabic donors', () => {
  it('are told in Arabic that Checkout will be in English, and get an Arabic receipt', async () => {
    const { response, html, sessionId, pledgeId } = await paidGift(
      '/ar/iraqi-minorities-network/warmth-for-displaced-families',
      {
        currency: 'JOD',
        customAmount: '12.5',
      },
    );
    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('ستظهر صفحة الدفع باللغة الإنجليزية');
    expect(html).toContain(`href="${stripe.checkoutUrl(sessionId)}"`);
    const sent = stripe.createRequests().at(-1);
    expect(sent?.get('locale')).toBe('en');
    expect(sent?.get('line_items[0][price_data][unit_amount]')).toBe('12500');
    expect((await findPledge(db, pledgeId))?.locale).toBe('ar');

    await drainOutbox(worker(start));
    const email = resend.sent.at(-1)?.body;
    expect(email?.html).toContain('dir="rtl"');
    expect(email?.subject).toMatch(/IMAN-2026-\d{6}/);
    // 12.500 Jordanian dinars, with the Arabic-Indic digits Iraq uses.
    expect(email?.html).toContain('١٢٫٥');
  });
});

/**
 * Makes DynamoDB refuse the next UpdateItem whose expression matches, once: a fault at the
 * edge of the database, the way a throttled or timed-out write would look to our code.
 */
function failNextUpdate(matching: string) {
  let armed = true;
  db.client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { UpdateExpression?: string };
      if (armed && input.UpdateExpression?.includes(matching)) {
        armed = false;
        throw Object.assign(new Error('injected fault'), {
          name: 'ProvisionedThroughputExceededException',
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectedFault' },
  );
  return () => db.client.middlewareStack.remove('injectedFault');
}

describe('the outbox when DynamoDB fails mid-way', () => {
  it('sends again under the same key, and is not marked failed, when recording "sent" fails', async () => {
    const { pledgeId } = await paidGift('/en/wmpa/mountain-voices', {
      currency: 'GBP',
      amount: '3000',
    });
    const heal = failNextUpdate('providerId');
    try {
      expect(await drainOutbox(worker(start))).toMatchObject({ sent: 0, failed: 0, skipped: 1 });
    } finally {
      heal();
    }
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({
      status: 'pending',
      attempts: 0,
    });
    // Leased for a minute: nobody takes it before that.
    expect(await drainOutbox(worker(later(30_000)))).toMatchObject({ sent: 0 });
    expect(await drainOutbox(worker(later(61_000)))).toMatchObject({ sent: 1 });
    expect(resend.sent).toHaveLength(2);
    expect(new Set(resend.sent.map((s) => s.idempotencyKey))).toEqual(
      new Set([`receipt_${pledgeId}`]),
    );
    expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({
      status: 'sent',
      attempts: 1,
    });
  });

  it('goes on with the other receipts when one cannot be taken', async () => {
    const first = await paidGift('/en/wmpa/mountain-voices', { currency: 'EUR', amount: '3000' });
    const second = await paidGift('/en/wmpa/mountain-voices', { currency: 'EUR', amount: '4000' });
    const heal = failNextUpdate('SET leaseUntil');
    try {
      // The first item's claim fails; the second is sent, and the next pass takes the first.
      expect(await drainOutbox(worker(start))).toMatchObject({ sent: 2, skipped: 1 });
    } finally {
      heal();
    }
    expect(await drainOutbox(worker(start))).toMatchObject({ sent: 0 });
    for (const { pledgeId } of [first, second]) {
      expect((await findOutboxItem(db, `receipt_${pledgeId}`))?.status).toBe('sent');
    }
  });
});
