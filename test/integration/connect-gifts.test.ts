import { findCampaign, findOrganisation, findPayment, findPledge } from '@haven/db';
import { demoStripeAccountId } from '@haven/local';
import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createConnectApp, deliverConnect } from '../support/connect-app';
import { createTestDb } from '../support/db';
import { formTokenOf, postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { tableKeys } from '../support/raw-table';
import { resendAccepts } from '../support/receipt-worker';
import { connectSignature, signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createConnectApp(db, stripe);
const Effect = z.object({ effect: z.string() });

const MPM = { org: 'mpm', slug: 'voix-aux-nations-unies', account: demoStripeAccountId('mpm') };
const IMN = {
  org: 'iraqi-minorities-network',
  slug: 'warmth-for-displaced-families',
  account: demoStripeAccountId('iraqi-minorities-network'),
};
type Campaign = typeof MPM;

/** A supporter gives through the form; answers the pledge and the session on the org's account. */
async function donate(campaign: Campaign, fields: Record<string, string>, locale = 'en') {
  const response = await postDonationForm(
    app,
    `/${locale}/${campaign.org}/${campaign.slug}/donate`,
    {
      frequency: 'once',
      ...fields,
    },
  );
  const found = /cs_test_\w+/.exec(
    `${response.headers.get('location') ?? ''} ${await response.clone().text()}`,
  );
  const sessionId = found?.[0];
  if (!sessionId) throw new Error(`no checkout session (status ${response.status})`);
  return { response, sessionId, pledgeId: await stripe.pledgeOf(sessionId, campaign.account) };
}

const deliver = (payload: string) => deliverConnect(app, payload, connectSignature);

const raisedIn = async (campaign: Campaign, currency: string) =>
  (await findCampaign(db, campaign.org, campaign.slug))?.totals[currency]?.amount ?? 0;

describe("a gift is charged on its organisation's own Stripe account", () => {
  it('creates the session, payment intent, charge and balance transaction on that account, and the Connect event settles it', async () => {
    const { response, sessionId, pledgeId } = await donate(
      MPM,
      { currency: 'CHF', amount: '4000' },
      'fr',
    );
    expect(response.status).toBe(303);
    const onAccount = { stripeAccount: MPM.account };
    const session = await stripe.sdk.checkout.sessions.retrieve(sessionId, {}, onAccount);
    expect(session.client_reference_id).toBe(pledgeId);
    // The platform itself has no such session: the charge is the NGO's, not the operator's.
    await expect(stripe.sdk.checkout.sessions.retrieve(sessionId)).rejects.toThrow(
      `No such checkout.session: '${sessionId}'`,
    );

    const paid = await stripe.pay(sessionId);
    expect(JSON.parse(paid)).toMatchObject({
      account: MPM.account,
      type: 'checkout.session.completed',
    });
    const answer = await deliver(paid);
    expect(answer.status).toBe(200);
    expect(Effect.parse(await answer.json()).effect).toBe('applied');

    const payment = await findPayment(db, pledgeId);
    if (!payment) throw new Error('no payment');
    const intent = await stripe.sdk.paymentIntents.retrieve(payment.paymentIntentId, {}, onAccount);
    expect(intent.status).toBe('succeeded');
    const charge = await stripe.sdk.charges.retrieve(payment.chargeId, {}, onAccount);
    expect(charge.amount).toBe(4000);
    const txnId = typeof charge.balance_transaction === 'string' ? charge.balance_transaction : '';
    const txn = await stripe.sdk.balanceTransactions.retrieve(txnId, {}, onAccount);
    expect({ fee: payment.fee, net: payment.net }).toEqual({ fee: txn.fee, net: txn.net });
    for (const read of [
      stripe.sdk.paymentIntents.retrieve(payment.paymentIntentId),
      stripe.sdk.charges.retrieve(payment.chargeId, {}, { stripeAccount: IMN.account }),
      stripe.sdk.balanceTransactions.retrieve(txnId),
    ]) {
      await expect(read).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    }
    expect((await findPledge(db, pledgeId))?.status).toBe('paid');
  });

  it('leaves the thank-you page able to read the session on the account', async () => {
    const { sessionId, pledgeId } = await donate(MPM, { currency: 'CHF', amount: '2500' });
    await stripe.pay(sessionId);
    const page = await app.request(`/en/mpm/${MPM.slug}/thanks?session_id=${sessionId}`);
    expect(page.status).toBe(200);
    expect((await findPledge(db, pledgeId))?.status).toBe('paid');
  });
});

describe("a Connect event of another organisation's account", () => {
  it("changes nothing of this organisation even when its metadata names this organisation's pledge", async () => {
    const { pledgeId } = await donate(MPM, { currency: 'CHF', amount: '3000' });
    const raisedBefore = await raisedIn(MPM, 'CHF');
    // Another organisation's account makes a session that claims MPM's pledge, and it is paid.
    const forged = await stripe.sdk.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: { currency: 'chf', unit_amount: 3000, product_data: { name: 'x' } },
          },
        ],
        client_reference_id: pledgeId,
        metadata: { pledgeId },
        payment_intent_data: { metadata: { pledgeId } },
        success_url: 'https://elsewhere.example/ok',
      },
      { stripeAccount: IMN.account },
    );
    const payload = await stripe.pay(forged.id);
    expect(JSON.parse(payload)).toMatchObject({ account: IMN.account });
    const answer = await deliver(payload);
    expect(answer.status).toBe(200);
    expect(Effect.parse(await answer.json()).effect).toBe('not_ours');
    expect((await findPledge(db, pledgeId))?.status).toBe('pending');
    expect(await findPayment(db, pledgeId)).toBeUndefined();
    expect(await raisedIn(MPM, 'CHF')).toBe(raisedBefore);

    // Nor does the platform endpoint take it: the platform has no such session.
    const platform = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
    });
    expect(Effect.parse(await platform.json()).effect).toBe('not_ours');
    expect((await findPledge(db, pledgeId))?.status).toBe('pending');
  });

  it('refuses an event signed with the platform endpoint secret, and ignores an unknown account', async () => {
    const { sessionId } = await donate(MPM, { currency: 'CHF', amount: '1000' });
    const payload = await stripe.pay(sessionId);
    const wrongSecret = await deliverConnect(app, payload, (p) => signature(p));
    expect(wrongSecret.status).toBe(400);
    const stranger = payload.replace(MPM.account, 'acct_1NobodyHere000');
    const ignored = await deliver(stranger);
    expect(await ignored.json()).toMatchObject({ ignored: 'unknown account' });
  });
});

describe('exactly once, per account', () => {
  it("applies two accounts' events once each, whatever the interleaving, duplicates and concurrency", async () => {
    const a = await donate(MPM, { currency: 'CHF', amount: '1500' });
    const b = await donate(IMN, { currency: 'USD', amount: '2000' });
    const raisedA = await raisedIn(MPM, 'CHF');
    const raisedB = await raisedIn(IMN, 'USD');
    const eventA = await stripe.pay(a.sessionId);
    const eventB = await stripe.pay(b.sessionId);
    const order = [eventB, eventA, eventA, eventB, eventB, eventA];
    const answers = await Promise.all(order.map((payload) => deliver(payload)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const effects = await Promise.all(
      answers.map(async (r) => Effect.parse(await r.json()).effect),
    );
    expect(effects.filter((effect) => effect === 'applied')).toHaveLength(2);
    expect(
      effects.filter((effect) => effect === 'duplicate' || effect === 'no_change'),
    ).toHaveLength(4);
    expect(await raisedIn(MPM, 'CHF')).toBe(raisedA + 1500);
    expect(await raisedIn(IMN, 'USD')).toBe(raisedB + 2000);
    expect((await findPayment(db, a.pledgeId))?.gross).toBe(1500);
    expect((await findPayment(db, b.pledgeId))?.gross).toBe(2000);
    // Each event is recorded under a key naming its account.
    const keys = await tableKeys(db);
    for (const [payload, account] of [
      [eventA, MPM.account],
      [eventB, IMN.account],
    ] as const) {
      const id = z.object({ id: z.string() }).parse(JSON.parse(payload)).id;
      expect(keys).toContain(`STRIPE_EVENT#connect:${account}:${id} #EVENT`);
    }
  });
});

describe('an organisation whose account cannot take charges', () => {
  it('refuses gifts on the page, the form post and the JSON route, in the visitor language, storing nothing', async () => {
    const path = `/ar/${IMN.org}/${IMN.slug}`;
    const token = await formTokenOf(app, `/en/${IMN.org}/${IMN.slug}`);
    const updated = await deliver(await stripe.setCharges(IMN.account, false));
    expect(await updated.json()).toMatchObject({ chargesEnabled: false });
    expect((await findOrganisation(db, IMN.org))?.stripeAccount).toMatchObject({
      chargesEnabled: false,
      detailsSubmitted: true,
      disabledReason: 'under_review',
    });
    try {
      const keysBefore = await tableKeys(db);
      const sessionsBefore = stripe.createRequests().length;
      const arabic = await (await app.request(`/ar/${IMN.org}/${IMN.slug}`)).text();
      expect(arabic).toContain('لا تستطيع هذه المنظمة تلقي التبرعات عبر الإنترنت بعد');
      expect(arabic).not.toContain('name="formToken"');
      const english = await (await app.request(`/en/${IMN.org}/${IMN.slug}`)).text();
      expect(english).toContain('This organisation cannot take gifts online yet');

      const posted = await app.request(`/en/${IMN.org}/${IMN.slug}/donate`, {
        method: 'POST',
        body: new URLSearchParams({
          formToken: token,
          frequency: 'once',
          currency: 'USD',
          amount: '2500',
        }),
      });
      expect(posted.status).toBe(409);
      expect(await posted.text()).toContain('This organisation cannot take gifts online yet');

      const json = await app.request('/api/donations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          organisation: IMN.org,
          campaign: IMN.slug,
          amount: 2500,
          currency: 'USD',
          locale: 'en',
          frequency: 'once',
        }),
      });
      expect(json.status).toBe(409);
      expect(json.headers.get('content-type')).toContain('application/problem+json');
      expect(await json.json()).toMatchObject({ status: 409 });
      expect(await tableKeys(db)).toEqual(keysBefore);
      expect(stripe.createRequests()).toHaveLength(sessionsBefore);
    } finally {
      const back = await deliver(await stripe.setCharges(IMN.account, true));
      expect(await back.json()).toMatchObject({ chargesEnabled: true });
    }
    const arabic = await (await app.request(path)).text();
    expect(arabic).toContain('name="formToken"');
  });

  it('says so on the page of the demo organisation never connected (wmpa)', async () => {
    const english = await (await app.request('/en/wmpa/mountain-voices')).text();
    expect(english).toContain('This organisation cannot take gifts online yet');
    expect(english).not.toContain('name="formToken"');
  });
});
