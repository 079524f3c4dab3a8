import type { Pledge } from '@haven/core';
import { findCampaign, findOutboxItem, findPledge, getPledge, listPledgePayments } from '@haven/db';
import { cancelMonthly, changeMonthlyAmount } from '@haven/donations';
import { sendOutboxItem } from '@haven/outbox';
import { reconcile } from '@haven/reconcile';
import { paymentsFromConfig } from '@haven/stripe-gateway';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { receiptWorker, resendAccepts } from '../support/receipt-worker';
import { DONOR, STRIPE_KEY, signature, startTestStripe, WEBHOOK_SECRET } from '../support/stripe';
import { monthlyStripe, type StripeEventPayload } from '../support/stripe-monthly';

/** What the webhook answers: the effect of an event it handles, or the type of one it ignores. */
const WebhookAnswer = z.union([
  z.object({ effect: z.string() }),
  z.object({ ignored: z.string() }).transform(() => ({ effect: 'ignored' })),
]);
const SentEmail = z.object({
  to: z.union([z.string(), z.array(z.string())]),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});

const stripe = await startTestStripe();
const monthly = monthlyStripe(stripe);
const sent: z.infer<typeof SentEmail>[] = [];
const edgeOfTheWorld = outsideServices(
  http.post('https://api.resend.com/emails', async ({ request }) => {
    sent.push(SentEmail.parse(await request.json()));
    return HttpResponse.json({ id: `email_${sent.length}` });
  }),
  resendAccepts(),
);
beforeAll(() => edgeOfTheWorld.listen());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});
afterEach(() => {
  sent.length = 0;
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const worker = receiptWorker(db);
const payments = paymentsFromConfig({
  STRIPE_SECRET_KEY: STRIPE_KEY,
  STRIPE_API_BASE: stripe.apiBase,
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  FEE_BASIS_POINTS: 290,
  FEE_FIXED_MINOR: 30,
});
const MPM = { org: 'mpm', slug: 'voix-aux-nations-unies' };
const IRAQ = { org: 'iraqi-minorities-network', slug: 'warmth-for-displaced-families' };
/** The emulator's fee: 2.9% rounded, plus 0.30. */
const feeOf = (gross: number) => Math.round(gross * 0.029) + 30;

/** A donor chooses "monthly" on the form, in their language; answers the session and pledge. */
async function giveMonthly(
  fields: Record<string, string>,
  locale = 'es',
  campaign: { org: string; slug: string } = MPM,
) {
  const response = await postDonationForm(
    app,
    `/${locale}/${campaign.org}/${campaign.slug}/donate`,
    {
      frequency: 'monthly',
      ...fields,
    },
  );
  const location = response.headers.get('location') ?? '';
  const sessionId =
    /cs_test_\w+/.exec(location)?.[0] ?? /cs_test_\w+/.exec(await response.text())?.[0];
  if (!sessionId) throw new Error(`no checkout session (status ${response.status})`);
  return { response, sessionId, pledgeId: await stripe.pledgeOf(sessionId) };
}

async function deliver(event: Pick<StripeEventPayload, 'payload'>) {
  const response = await app.request('/webhooks/stripe', {
    method: 'POST',
    body: event.payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(event.payload) },
  });
  return { status: response.status, effect: WebhookAnswer.parse(await response.json()).effect };
}

const deliverAll = async (events: readonly StripeEventPayload[]) => {
  const answers = [];
  for (const event of events) answers.push(await deliver(event));
  return answers;
};

const campaignNow = (campaign = MPM) => findCampaign(db, campaign.org, campaign.slug);

/** A monthly gift of 20.00 EUR plus the fee cover, subscribed on `startedAt`, all events heard. */
async function subscribed(startedAt: Date) {
  const { sessionId, pledgeId } = await giveMonthly({
    currency: 'EUR',
    amount: '2000',
    coverFee: 'on',
  });
  const { all, subscriptionId } = await monthly.subscribe(sessionId, startedAt);
  await deliverAll(all);
  return { pledgeId, subscriptionId };
}

const useCaseDeps = () => ({ db, payments, now: new Date('2026-11-25T12:00:00Z') });

describe('a monthly gift', () => {
  it('starts from the form as a subscription-mode Checkout with the fee cover as its own recurring line', async () => {
    const { response, pledgeId } = await giveMonthly({
      currency: 'EUR',
      amount: '2000',
      coverFee: 'on',
    });
    expect(response.status).toBe(303);
    const request = stripe.createRequests().at(-1);
    expect(request?.get('mode')).toBe('subscription');
    expect(request?.get('line_items[0][price_data][unit_amount]')).toBe('2000');
    expect(request?.get('line_items[0][price_data][recurring][interval]')).toBe('month');
    expect(request?.get('line_items[1][price_data][unit_amount]')).toBe('91');
    expect(request?.get('line_items[1][price_data][product_data][metadata][havenPart]')).toBe(
      'fee_cover',
    );
    expect(request?.get('subscription_data[metadata][pledgeId]')).toBe(pledgeId);
    expect(request?.get('submit_type')).toBeNull();
    expect(await findPledge(db, pledgeId)).toMatchObject({
      frequency: 'monthly',
      status: 'pending',
      gift: 2000,
      feeCover: 91,
    });
  });

  it('over three advanced months yields three payments, three consecutive receipts and exact totals', async () => {
    const before = await campaignNow();
    const { pledgeId, subscriptionId } = await subscribed(new Date('2026-03-10T09:00:00Z'));
    expect(await findPledge(db, pledgeId)).toMatchObject({
      status: 'paid',
      subscriptionId,
      monthlyStatus: 'active',
      gift: 2000,
      feeCover: 91,
    });
    for (let month = 0; month < 2; month++) {
      const events = await monthly.advanceMonth(subscriptionId);
      expect(events.map(({ type }) => type)).toEqual(['invoice.paid']);
      expect(await deliverAll(events)).toEqual([{ status: 200, effect: 'applied' }]);
    }
    const paid = await listPledgePayments(db, pledgeId);
    expect(paid.map((payment) => payment.paidAt)).toEqual([
      '2026-03-10T09:00:00.000Z',
      '2026-04-10T09:00:00.000Z',
      '2026-05-10T09:00:00.000Z',
    ]);
    for (const payment of paid) {
      expect(payment).toMatchObject({
        gift: 2000,
        feeCover: 91,
        gross: 2091,
        fee: feeOf(2091),
        net: 2091 - feeOf(2091),
        currency: 'EUR',
        donorEmail: DONOR.email,
        subscriptionId,
      });
    }
    expect(new Set(paid.map((payment) => payment.invoiceId)).size).toBe(3);
    const after = await campaignNow();
    expect(after?.totals.EUR?.amount).toBe((before?.totals.EUR?.amount ?? 0) + 3 * 2000);
    // One donor, however many months they give.
    expect(after?.supporters).toBe((before?.supporters ?? 0) + 1);
    // The reconciliation command agrees: totals and supporters equal what the payments add up to.
    const report = await reconcile(
      { db, now: () => new Date('2026-11-26T00:00:00Z'), recheckDelayMs: 0 },
      { org: 'mpm' },
    );
    expect(
      report.findings.filter(
        ({ code }) => code === 'campaign_total_mismatch' || code === 'supporter_count_mismatch',
      ),
    ).toEqual([]);

    for (const payment of paid) {
      expect(await sendOutboxItem(worker, `receipt_${pledgeId}_${payment.invoiceId}`)).toBe('sent');
    }
    const numbers = (await listPledgePayments(db, pledgeId)).map(
      (payment) => payment.receiptNumber ?? '',
    );
    const sequence = numbers.map((number) => Number(/^MPM-2026-(\d{6})$/.exec(number)?.[1]));
    expect(sequence).toEqual([sequence[0], (sequence[0] ?? 0) + 1, (sequence[0] ?? 0) + 2]);
    expect(sent).toHaveLength(3);
    expect(
      sent.every((email) => email.text.includes('Recibirá un recibo por cada cargo mensual.')),
    ).toBe(true);
  });

  it.each([
    [
      'the invoice first',
      (completed: StripeEventPayload, invoice: StripeEventPayload) =>
        deliverAll([invoice, completed]),
    ],
    [
      'the checkout event first',
      (completed: StripeEventPayload, invoice: StripeEventPayload) =>
        deliverAll([completed, invoice]),
    ],
    [
      'both at once, three times each',
      (completed: StripeEventPayload, invoice: StripeEventPayload) =>
        Promise.all([completed, invoice, completed, invoice, completed, invoice].map(deliver)),
    ],
  ])('counts the first instalment once with %s', async (_, order) => {
    const before = await campaignNow();
    const { sessionId, pledgeId } = await giveMonthly({ currency: 'EUR', amount: '3000' });
    // Someone new to the campaign each time, so that each case's supporter counts.
    const { completed, invoicePaid, subscriptionId } = await monthly.subscribe(
      sessionId,
      new Date('2026-06-01T08:00:00Z'),
      { email: `new-donor-${pledgeId.slice(-8)}@example.org`, name: DONOR.name },
    );
    const answers = await order(completed, invoicePaid);
    expect(answers.every(({ status }) => status === 200)).toBe(true);
    expect(await listPledgePayments(db, pledgeId)).toHaveLength(1);
    expect(await findPledge(db, pledgeId)).toMatchObject({
      status: 'paid',
      subscriptionId,
      monthlyStatus: 'active',
    });
    const after = await campaignNow();
    expect(after?.totals.EUR?.amount).toBe((before?.totals.EUR?.amount ?? 0) + 3000);
    expect(after?.supporters).toBe((before?.supporters ?? 0) + 1);
  });

  it('a failed renewal emails the donor once, in Arabic right to left, and a later success records the payment', async () => {
    const { sessionId, pledgeId } = await giveMonthly(
      { currency: 'USD', amount: '2500' },
      'ar',
      IRAQ,
    );
    const { all, subscriptionId } = await monthly.subscribe(
      sessionId,
      new Date('2026-02-01T10:00:00Z'),
    );
    await deliverAll(all);
    await monthly.failRenewals(subscriptionId, 1);
    const events = await monthly.advanceMonth(subscriptionId);
    expect(events.map(({ type }) => type)).toEqual([
      'invoice.payment_failed',
      'customer.subscription.updated',
    ]);
    const [failed, pastDue] = events;
    if (!failed || !pastDue) throw new Error('events');
    const answers = await Promise.all([failed, failed, failed].map(deliver));
    expect(answers.filter(({ effect }) => effect === 'applied')).toHaveLength(1);
    await deliver(pastDue);
    expect((await getPledge(db, pledgeId)).monthlyStatus).toBe('past_due');
    expect(await listPledgePayments(db, pledgeId)).toHaveLength(1);

    const invoiceId = JSON.parse(failed.payload).data.object.id;
    const outboxId = `card_failed_${invoiceId}`;
    expect(await sendOutboxItem(worker, outboxId)).toBe('sent');
    expect(await sendOutboxItem(worker, outboxId)).toBe('skipped');
    expect(sent).toHaveLength(1);
    const [email] = sent;
    expect(email?.to).toEqual(DONOR.email);
    expect(email?.subject).toContain('تعذّر تحصيل تبرعك الشهري');
    expect(email?.html).toContain('dir="rtl"');
    const fixUrl = `${stripe.apiBase}/p/invoice/${invoiceId}`;
    expect(await findOutboxItem(db, outboxId)).toMatchObject({ kind: 'card-failed', fixUrl });
    expect(email?.text).toContain(fixUrl);
    expect(email?.text).toContain('تحديث بطاقتي');

    // The donor enters a card that works on the page the email links to: the instalment is paid.
    const fixed = await fetch(fixUrl, {
      method: 'POST',
      body: new URLSearchParams({ card: '5555555555554444' }),
    });
    expect(fixed.status).toBe(200);
    const later = monthly.eventsOf(subscriptionId).slice(-2);
    expect(later.map(({ type }) => type)).toEqual([
      'invoice.paid',
      'customer.subscription.updated',
    ]);
    expect(await deliverAll(later)).toEqual([
      { status: 200, effect: 'applied' },
      { status: 200, effect: 'applied' },
    ]);
    const paid = await listPledgePayments(db, pledgeId);
    expect(paid.map((payment) => payment.invoiceId)).toContain(invoiceId);
    expect(paid).toHaveLength(2);
    expect((await getPledge(db, pledgeId)).monthlyStatus).toBe('active');
    // A late copy of the failure, after the success, sends nothing more.
    expect((await deliver(failed)).effect).toBe('duplicate');
  });

  it('an amount change takes effect from the next instalment', async () => {
    const { pledgeId, subscriptionId } = await subscribed(new Date('2026-07-15T12:00:00Z'));
    const pledge = await getPledge(db, pledgeId);
    const changed = await changeMonthlyAmount(useCaseDeps(), { pledge, gift: 1000 });
    expect(changed).toMatchObject({ gift: 1000, feeCover: 61, monthlyStatus: 'active' });
    expect(await getPledge(db, pledgeId)).toMatchObject({ gift: 1000, feeCover: 61 });
    const [updated] = monthly.eventsOf(subscriptionId).slice(-1);
    expect(updated?.type).toBe('customer.subscription.updated');
    if (updated) expect((await deliver(updated)).effect).toBe('applied');

    const before = await campaignNow();
    await deliverAll(await monthly.advanceMonth(subscriptionId));
    const paid = await listPledgePayments(db, pledgeId);
    expect(paid.map(({ gift, feeCover, gross }) => ({ gift, feeCover, gross }))).toEqual([
      { gift: 2000, feeCover: 91, gross: 2091 },
      { gift: 1000, feeCover: 61, gross: 1061 },
    ]);
    expect((await campaignNow())?.totals.EUR?.amount).toBe(
      (before?.totals.EUR?.amount ?? 0) + 1000,
    );
    await expect(changeMonthlyAmount(useCaseDeps(), { pledge: changed, gift: 10 })).rejects.toThrow(
      /too_small/,
    );
  });

  it('cancelling stops further payments', async () => {
    const { pledgeId, subscriptionId } = await subscribed(new Date('2026-08-20T12:00:00Z'));
    const canceled = await cancelMonthly(useCaseDeps(), { pledge: await getPledge(db, pledgeId) });
    expect(canceled.monthlyStatus).toBe('canceled');
    const [deleted] = monthly.eventsOf(subscriptionId).slice(-1);
    expect(deleted?.type).toBe('customer.subscription.deleted');
    if (deleted) await deliver(deleted);
    expect((await getPledge(db, pledgeId)).monthlyStatus).toBe('canceled');
    expect(await monthly.advanceMonth(subscriptionId)).toEqual([]);
    expect(await listPledgePayments(db, pledgeId)).toHaveLength(1);
    await expect(cancelMonthly(useCaseDeps(), { pledge: canceled })).rejects.toThrow(/canceled/);
  });

  it('converges to one final state from duplicated, concurrent and shuffled events', async () => {
    const { sessionId, pledgeId } = await giveMonthly({
      currency: 'EUR',
      amount: '4000',
      coverFee: 'on',
    });
    const { all, subscriptionId } = await monthly.subscribe(
      sessionId,
      new Date('2026-09-05T07:00:00Z'),
    );
    const pledge = await getPledge(db, pledgeId);
    await monthly.failRenewals(subscriptionId, 1);
    const month2 = await monthly.advanceMonth(subscriptionId);
    const month3 = await monthly.advanceMonth(subscriptionId);
    const changed: Pledge = { ...pledge, subscriptionId, monthlyStatus: 'active' };
    await changeMonthlyAmount(
      { db, payments, now: new Date('2026-11-25T12:00:00Z') },
      { pledge: changed, gift: 3000 },
    );
    const events = [...all, ...month2, ...month3, ...monthly.eventsOf(subscriptionId)];
    // Reversed, every event twice and at once: the worst order Stripe could choose.
    const shuffled = [...events].reverse();
    const answers = await Promise.all([...shuffled, ...shuffled].map(deliver));
    expect(answers.every(({ status }) => status === 200)).toBe(true);
    const paid = await listPledgePayments(db, pledgeId);
    // The first instalment and the third were paid; the second failed and is still open.
    expect(paid).toHaveLength(2);
    expect(await getPledge(db, pledgeId)).toMatchObject({
      status: 'paid',
      subscriptionId,
      monthlyStatus: 'past_due',
      gift: 3000,
    });
  });
});
