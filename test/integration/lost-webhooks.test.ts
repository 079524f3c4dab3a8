import { findCampaign, findLedgerEntry, findOutboxItem, findPayment, findPledge } from '@haven/db';
import { reconcile, stripeLostSessionRepair } from '@haven/reconcile';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { STRIPE_KEY, signature, startTestStripe } from '../support/stripe';

const WebhookAnswer = z.object({ effect: z.string() });

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices();
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const now = new Date();
const db = await createTestDb();
const app = createPaymentsApp(db, stripe, () => now);
const CAMPAIGN = { org: 'mpm', slug: 'voix-aux-nations-unies' };

async function donate(amount: number) {
  const response = await postDonationForm(app, `/fr/${CAMPAIGN.org}/${CAMPAIGN.slug}/donate`, {
    frequency: 'once',
    currency: 'CHF',
    amount: String(amount),
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  return { sessionId, pledgeId: await stripe.pledgeOf(sessionId) };
}

/** The daily run, with Stripe (the emulator) to look for paid sessions in. */
const run = () =>
  reconcile(
    {
      db,
      now: () => now,
      recheckDelayMs: 0,
      lostSessions: stripeLostSessionRepair({ secretKey: STRIPE_KEY, apiBase: stripe.apiBase }),
    },
    { org: CAMPAIGN.org },
  );

const raised = async () => (await findCampaign(db, CAMPAIGN.org, CAMPAIGN.slug))?.totals.CHF;

describe('payments whose webhooks never arrived', () => {
  it('are found among Stripe’s paid sessions and recorded once, through the webhook’s own fulfilment', async () => {
    // While deliveries are dropped (the endpoint down past Stripe's three days of retries), two
    // donors pay; a third leaves Checkout open.
    stripe.emulator.dropDeliveries(true);
    const before = (await raised())?.amount ?? 0;
    const lost = [await donate(4_000), await donate(6_000)];
    const events: string[] = [];
    for (const { sessionId } of lost) events.push(await stripe.pay(sessionId));
    const open = await donate(1_000);
    stripe.emulator.dropDeliveries(false);
    expect(await findPayment(db, lost[0]?.pledgeId ?? '')).toBeUndefined();

    const first = await run();
    expect(first.lostSessions).toEqual({
      checked: 2,
      repaired: expect.arrayContaining(
        lost.map(({ sessionId, pledgeId }) => ({ sessionId, pledgeId })),
      ),
    });
    expect(first.lostSessions?.repaired).toHaveLength(2);
    expect(first.findings).toEqual([]);
    for (const { pledgeId } of lost) {
      expect((await findPledge(db, pledgeId))?.status).toBe('paid');
      const payment = await findPayment(db, pledgeId);
      expect(payment).toMatchObject({ currency: 'CHF' });
      // Booked in the ledger too: the entry is in the payment's own transaction.
      expect(
        await findLedgerEntry(db, { orgSlug: 'mpm' }, `payment:${payment?.chargeId}`),
      ).toMatchObject({ kind: 'payment', source: { pledgeId } });
      expect(await findOutboxItem(db, `receipt_${pledgeId}`)).toMatchObject({ status: 'pending' });
    }
    expect((await findPledge(db, open.pledgeId))?.status).toBe('pending');
    expect((await raised())?.amount).toBe(before + 10_000);

    // Exactly once: a second run, and the webhooks arriving after all, change nothing.
    const second = await run();
    expect(second.lostSessions).toEqual({ checked: 2, repaired: [] });
    for (const event of events) {
      const response = await app.request('/webhooks/stripe', {
        method: 'POST',
        body: event,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature(event) },
      });
      expect(response.status).toBe(200);
      expect(WebhookAnswer.parse(await response.json()).effect).toBe('no_change');
    }
    expect((await raised())?.amount).toBe(before + 10_000);
  });

  it('reports a paid session it cannot record yet, and records it on a later run', async () => {
    const { sessionId, pledgeId } = await donate(2_000);
    // Paid, but Stripe has not written the fee and net: nothing to record them with yet.
    await stripe.pay(sessionId, { figuresLater: true });
    const early = await run();
    expect(early.ok).toBe(false);
    expect(early.findings).toContainEqual({
      code: 'paid_session_unrecorded',
      sessionId,
      pledgeId,
      reason: 'settlement_pending',
    });
    expect(await findPayment(db, pledgeId)).toBeUndefined();

    await stripe.writeFigures(sessionId);
    const later = await run();
    expect(later.lostSessions?.repaired).toEqual([{ sessionId, pledgeId }]);
    expect(later.findings.filter((f) => f.code === 'paid_session_unrecorded')).toEqual([]);
  });
});
