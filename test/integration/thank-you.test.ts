import { findCampaign, findPayment, findPledge } from '@haven/db';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices();
beforeAll(() => edgeOfTheWorld.listen());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const client = testClient(app);

async function startGift(locale: 'en' | 'fr' | 'es' | 'ar', amount = '5000') {
  const response = await client.api.donations.$post({
    json: {
      organisation: 'mpm',
      campaign: 'voix-aux-nations-unies',
      amount: Number(amount),
      currency: 'CHF',
      coverFee: true,
      locale,
    },
  });
  if (response.status !== 201) throw new Error(`donation refused (${response.status})`);
  const body = await response.json();
  const sessionId = /cs_test_\w+/.exec(body.checkoutUrl)?.[0] ?? '';
  return { response, body, sessionId };
}

const thanks = (locale: string, sessionId: string) =>
  app.request(`/${locale}/mpm/voix-aux-nations-unies/thanks?session_id=${sessionId}`);

describe('the JSON donation route', () => {
  it('is in the OpenAPI document with the webhook, when payments are configured', async () => {
    const doc = z
      .object({ paths: z.record(z.string(), z.unknown()) })
      .parse(await (await app.request('/api/openapi.json')).json());
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/donations', '/webhooks/stripe', '/healthz']),
    );
  });

  it('stores a pending pledge and answers with the Checkout URL and amounts', async () => {
    const { response, body } = await startGift('es');
    expect(response.status).toBe(201);
    expect(body).toMatchObject({
      checkoutLocale: 'es',
      gift: { amount: 5000, currency: 'CHF' },
      feeCover: { amount: 181 },
      total: { amount: 5181 },
    });
    expect(await findPledge(db, body.pledgeId)).toMatchObject({
      status: 'pending',
      locale: 'es',
      feeCover: 181,
    });
  });
});

describe('the thank-you page tells the truth', () => {
  it('says nothing was taken while the session is still open', async () => {
    const { sessionId, body } = await startGift('fr');
    const response = await thanks('fr', sessionId);
    expect(await response.text()).toContain('Votre don n’a pas été finalisé');
    expect((await findPledge(db, body.pledgeId))?.status).toBe('pending');
  });

  it('records a paid gift itself when it arrives before the webhook, and the webhook then changes nothing', async () => {
    const { sessionId, body } = await startGift('es');
    const payload = await stripe.pay(sessionId);
    const before = await findCampaign(db, 'mpm', 'voix-aux-nations-unies');
    const page = await (await thanks('es', sessionId)).text();
    expect(page).toContain('¡Gracias! Hemos recibido su donación');
    expect(page).toContain(
      new Intl.NumberFormat('es-CH', { style: 'currency', currency: 'CHF' }).format(51.81),
    );
    expect((await findPledge(db, body.pledgeId))?.status).toBe('paid');
    expect(await findPayment(db, body.pledgeId)).toBeDefined();

    const webhook = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': signature(payload) },
    });
    expect(await webhook.json()).toMatchObject({ effect: 'no_change' });
    await thanks('es', sessionId);
    const after = await findCampaign(db, 'mpm', 'voix-aux-nations-unies');
    expect(after?.totals.CHF?.amount).toBe((before?.totals.CHF?.amount ?? 0) + 5000);
    expect(after?.supporters).toBe((before?.supporters ?? 0) + 1);
  });

  it('says a bank debit is processing, then that it failed', async () => {
    const { sessionId } = await startGift('en');
    await stripe.payByBankDebit(sessionId);
    expect(await (await thanks('en', sessionId)).text()).toContain(
      'Your payment is being processed',
    );
    const payload = await stripe.settle(sessionId, 'failed');
    await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': signature(payload) },
    });
    expect(await (await thanks('en', sessionId)).text()).toContain(
      'The payment did not go through',
    );
  });

  it('answers 404 for a session that is not ours or a malformed id', async () => {
    expect((await thanks('fr', 'cs_test_unknown')).status).toBe(404);
    expect((await thanks('fr', '../../etc')).status).toBe(404);
    const { sessionId } = await startGift('fr');
    expect(
      (await app.request(`/fr/wmpa/mountain-voices/thanks?session_id=${sessionId}`)).status,
    ).toBe(404);
  });
});
