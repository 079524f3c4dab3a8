import { findCampaign, findLedgerEntry, findPayment, payoutEntries } from '@haven/db';
import { demoStripeAccountId } from '@haven/local';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createConnectApp, deliverConnect } from '../support/connect-app';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { moneyMove } from '../support/money';
import { outsideServices } from '../support/msw';
import { getItem, updateItem } from '../support/raw-table';
import { resendAccepts } from '../support/receipt-worker';
import { formPost, signIn } from '../support/staff';
import { connectSignature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createConnectApp(db, stripe, () => now);
/** What the endpoint did with an event: its effect, or `ignored` for a type it does not act on. */
const Answer = z.union([z.object({ effect: z.string() }), z.object({ ignored: z.string() })]);
const Event = z.looseObject({ account: z.string() });

const MPM = { org: 'mpm', slug: 'voix-aux-nations-unies', account: demoStripeAccountId('mpm') };
const IMN = {
  org: 'iraqi-minorities-network',
  slug: 'warmth-for-displaced-families',
  account: demoStripeAccountId('iraqi-minorities-network'),
};
const onMpm = { stripeAccount: MPM.account };

/** A gift to MPM through the form, paid on MPM's own account and settled by its Connect event. */
async function paidGift(amount: number) {
  const response = await postDonationForm(app, `/en/mpm/${MPM.slug}/donate`, {
    frequency: 'once',
    currency: 'CHF',
    amount: String(amount),
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const pledgeId = await stripe.pledgeOf(sessionId, MPM.account);
  expect((await deliver(await stripe.pay(sessionId))).status).toBe(200);
  const payment = await findPayment(db, pledgeId);
  if (!payment) throw new Error('not paid');
  return payment;
}

const deliver = (payload: string) => deliverConnect(app, payload, connectSignature);

/** A paid charge on IMN's account whose metadata claims an MPM pledge; answers its id. */
async function chargeOnImnClaiming(pledgeId: string) {
  const forged = await stripe.sdk.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: [
        {
          quantity: 1,
          price_data: { currency: 'chf', unit_amount: 2_000, product_data: { name: 'x' } },
        },
      ],
      client_reference_id: pledgeId,
      metadata: { pledgeId },
      payment_intent_data: { metadata: { pledgeId } },
      success_url: 'https://elsewhere.example/ok',
    },
    { stripeAccount: IMN.account },
  );
  await stripe.pay(forged.id);
  const session = await stripe.sdk.checkout.sessions.retrieve(
    forged.id,
    { expand: ['payment_intent'] },
    { stripeAccount: IMN.account },
  );
  const intent = session.payment_intent;
  if (typeof intent !== 'object' || intent === null || typeof intent.latest_charge !== 'string') {
    throw new Error('forged session not charged');
  }
  return intent.latest_charge;
}

async function deliverAll(payloads: string[]) {
  const effects: string[] = [];
  for (const payload of payloads) {
    const answer = await deliver(payload);
    expect(answer.status).toBe(200);
    const parsed = Answer.parse(await answer.json());
    effects.push('effect' in parsed ? parsed.effect : 'ignored');
  }
  return effects;
}

/** The same event as if it had happened on another account (as Stripe would sign it there). */
const onAccount = (payload: string, account: string) =>
  JSON.stringify({ ...Event.parse(JSON.parse(payload)), account });

const raised = async () => (await findCampaign(db, 'mpm', MPM.slug))?.totals.CHF?.amount ?? 0;
const SCOPE = { orgSlug: 'mpm' };
const IMN_SCOPE = { orgSlug: IMN.org };

describe("a refund on the organisation's own account", () => {
  it('from the Dashboard: a partial refund books once for this organisation and lowers its total', async () => {
    const payment = await paidGift(6_000);
    const before = await raised();
    const refund = await moneyMove(stripe, `/charges/${payment.chargeId}/refund`, {
      amount: 1_000,
    });
    expect(refund.payloads.map((payload) => Event.parse(JSON.parse(payload)).account)).toEqual(
      refund.payloads.map(() => MPM.account),
    );
    expect((await stripe.sdk.refunds.retrieve(refund.id, {}, onMpm)).amount).toBe(1_000);
    const effects = await deliverAll([...refund.payloads, ...refund.payloads]);
    expect(effects.filter((effect) => effect === 'booked')).toHaveLength(1);
    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(1_000);
    expect(await raised()).toBe(before - 1_000);
    const entry = await findLedgerEntry(db, SCOPE, `refund:${refund.id}`);
    expect(entry?.lines).toContainEqual({ account: 'stripe_balance', amount: -1_000 });
    expect(await findLedgerEntry(db, IMN_SCOPE, `refund:${refund.id}`)).toBeUndefined();
  });

  it('by finance staff: made on the account, booked once, and its events find it booked', async () => {
    const finance = await signIn(app, db, 'finance@mpm.example.org', now);
    const payment = await paidGift(5_000);
    const before = await raised();
    const shown = await app.request(`/staff/payments/${payment.pledgeId}`, {
      headers: { cookie: finance.cookie },
    });
    expect(shown.status).toBe(200);
    const formId = /name="formId" value="([^"]+)"/.exec(await shown.text())?.[1] ?? '';
    const eventsBefore = stripe.emulator.events().length;
    const done = await app.request(
      `/staff/payments/${payment.pledgeId}/refund`,
      formPost(
        { reason: 'requested_by_customer', amount: '12,50', formId, _csrf: finance.csrf },
        finance.cookie,
      ),
    );
    expect(done.status).toBe(303);
    const refunds = await stripe.sdk.refunds.list({ charge: payment.chargeId }, onMpm);
    expect(refunds.data.map((refund) => refund.amount)).toEqual([1_250]);
    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(1_250);
    expect(await raised()).toBe(before - 1_250);
    // Stripe's own events reach the Connect endpoint afterwards and book nothing more.
    const events = stripe.emulator.events().slice(eventsBefore);
    expect(events.length).toBeGreaterThan(0);
    const effects = await deliverAll(events.map(({ payload }) => payload));
    expect(effects).not.toContain('booked');
    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(1_250);
    expect(await raised()).toBe(before - 1_250);
  });

  it('by finance staff of an organisation whose account is gone: refused in their language, nothing changed', async () => {
    const payment = await paidGift(4_000);
    const before = await raised();
    const profile = { pk: 'ORG#mpm', sk: '#PROFILE' };
    const saved = await getItem(db, profile);
    await updateItem(db, profile, { expression: 'REMOVE stripeAccount' });
    try {
      const finance = await signIn(app, db, 'finance@mpm.example.org', now);
      const shown = await app.request(`/staff/payments/${payment.pledgeId}`, {
        headers: { cookie: finance.cookie },
      });
      const formId = /name="formId" value="([^"]+)"/.exec(await shown.text())?.[1] ?? '';
      const refused = await app.request(
        `/staff/payments/${payment.pledgeId}/refund`,
        formPost(
          { reason: 'requested_by_customer', amount: '10', formId, _csrf: finance.csrf },
          finance.cookie,
        ),
      );
      expect(refused.status).toBe(409);
      expect(await refused.text()).toContain('Stripe n’est plus connecté pour cette organisation');
      const refunds = await stripe.sdk.refunds.list({ charge: payment.chargeId }, onMpm);
      expect(refunds.data).toEqual([]);
      expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(0);
      expect(await raised()).toBe(before);
    } finally {
      await updateItem(db, profile, {
        expression: 'SET stripeAccount = :account',
        values: { ':account': saved?.stripeAccount },
      });
    }
  });
});

describe("a dispute on the organisation's own account", () => {
  it('takes the gift off its total and books the withdrawal for this organisation', async () => {
    const payment = await paidGift(3_000);
    const before = await raised();
    const opened = await moneyMove(stripe, `/charges/${payment.chargeId}/dispute`, {});
    // The same dispute, as if it had happened on IMN's account: not there, nothing changes.
    const elsewhere = opened.payloads.map((p) => onAccount(p, IMN.account));
    expect(await deliverAll(elsewhere)).toEqual(elsewhere.map(() => 'not_ours'));
    expect(await raised()).toBe(before);
    expect((await findPayment(db, payment.pledgeId))?.disputeStatus).toBeUndefined();
    expect(await deliverAll([...opened.payloads, ...opened.payloads])).toContain('booked');
    expect(await raised()).toBe(before - 3_000);
    expect((await findPayment(db, payment.pledgeId))?.disputeStatus).toBe('open');
    const withdrawal = await findLedgerEntry(db, SCOPE, `dispute_withdrawal:${opened.id}`);
    expect(withdrawal?.lines).toContainEqual({ account: 'dispute_fees', amount: 1_500 });
  });
});

describe("a money event of another organisation's account", () => {
  it("changes nothing of this organisation, even on a charge whose metadata names this organisation's pledge", async () => {
    const payment = await paidGift(2_000);
    const before = await raised();
    const refund = await moneyMove(stripe, `/charges/${payment.chargeId}/refund`, { amount: 500 });
    // MPM's own refund, as if it had happened on IMN's account: not there.
    const elsewhere = refund.payloads.map((p) => onAccount(p, IMN.account));
    expect(await deliverAll(elsewhere)).toEqual(elsewhere.map(() => 'not_ours'));

    // A charge on IMN's account whose metadata claims MPM's paid pledge, then refunded there.
    const chargeId = await chargeOnImnClaiming(payment.pledgeId);
    const forgedRefund = await moneyMove(stripe, `/charges/${chargeId}/refund`, {});
    expect(Event.parse(JSON.parse(forgedRefund.payloads[0] ?? '{}')).account).toBe(IMN.account);
    expect(await deliverAll(forgedRefund.payloads)).toEqual(
      forgedRefund.payloads.map(() => 'not_ours'),
    );

    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(0);
    expect(await raised()).toBe(before);
    expect(await findLedgerEntry(db, SCOPE, `refund:${refund.id}`)).toBeUndefined();
    expect(await findLedgerEntry(db, IMN_SCOPE, `refund:${forgedRefund.id}`)).toBeUndefined();
    // Now delivered as they happened, on MPM's account, they are booked for MPM.
    await deliverAll(refund.payloads);
    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(500);
  });
  it("is not taken for this organisation's pledge whose own payment has not arrived yet", async () => {
    const response = await postDonationForm(app, `/en/mpm/${MPM.slug}/donate`, {
      frequency: 'once',
      currency: 'CHF',
      amount: '2000',
    });
    const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
    const pledgeId = await stripe.pledgeOf(sessionId, MPM.account);
    const refund = await moneyMove(
      stripe,
      `/charges/${await chargeOnImnClaiming(pledgeId)}/refund`,
    );
    // Not "payment not recorded" (a 503 Stripe would retry for days): the pledge is not IMN's.
    expect(await deliverAll(refund.payloads)).toEqual(refund.payloads.map(() => 'not_ours'));
    expect(await findPayment(db, pledgeId)).toBeUndefined();
  });
});

describe("a payout of the organisation's own account", () => {
  it("is booked for the account's organisation, its parts filed under it and summing to it", async () => {
    const payout = await moneyMove(stripe, '/payouts', { currency: 'chf', account: MPM.account });
    expect(Event.parse(JSON.parse(payout.payloads[0] ?? '{}')).account).toBe(MPM.account);
    // The same payout named on IMN's account is not there, so it books nothing for IMN.
    const elsewhere = payout.payloads.map((p) => onAccount(p, IMN.account));
    expect(await deliverAll(elsewhere)).toEqual(['ignored', 'not_ours']);
    expect(await findLedgerEntry(db, IMN_SCOPE, `payout:${payout.id}`)).toBeUndefined();

    expect(await deliverAll([...payout.payloads, ...payout.payloads])).toContain('booked');
    const entry = await findLedgerEntry(db, SCOPE, `payout:${payout.id}`);
    const bank = entry?.lines.find((line) => line.account === 'bank')?.amount ?? 0;
    expect(bank).toBeGreaterThan(0);
    let parts = 0;
    let sum = 0;
    for await (const part of payoutEntries(db, SCOPE, payout.id)) {
      parts += 1;
      sum += part.lines.find((line) => line.account === 'stripe_balance')?.amount ?? 0;
    }
    expect(parts).toBeGreaterThan(5);
    expect(sum).toBe(bank);
  });
});
