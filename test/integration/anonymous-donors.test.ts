import { findPayment } from '@haven/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { createPaymentsApp } from '../support/payments-app';
import { concretePaths, publicRoutes } from '../support/public-routes';
import { DONOR, signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
afterAll(() => stripe.stop());

describe('a donor who gives anonymously', () => {
  it('appears on no public page, page source or public JSON', async () => {
    const path = '/fr/mpm/voix-aux-nations-unies';
    const message = 'Message privé de Jeanne pour l’équipe';
    const dedication = 'Grand-mère Odette Lagarde';
    const response = await postDonationForm(app, `${path}/donate`, {
      currency: 'CHF',
      amount: '5000',
      anonymous: 'on',
      dedicationKind: 'memory',
      dedicationName: dedication,
      message,
    });
    const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
    const payload = await stripe.pay(sessionId);
    const webhook = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': signature(payload) },
    });
    expect(webhook.status).toBe(200);
    const pledgeId = await stripe.pledgeOf(sessionId);
    expect(await findPayment(db, pledgeId)).toBeDefined();

    const gets = publicRoutes(app).filter(({ method }) => method === 'GET');
    // Every GET route the app has, each with every real value of its parameters.
    expect(gets.length).toBeGreaterThan(8);
    const urls = (await Promise.all(gets.map(({ pattern }) => concretePaths(db, pattern)))).flat();
    urls.push(`${path}/thanks?session_id=${sessionId}`, '/api/openapi.json');
    const bodies: string[] = [];
    for (const url of urls) {
      const page = await app.request(url, { headers: { 'accept-language': 'fr' } });
      expect(page.status, url).toBeLessThan(500);
      bodies.push(await page.text());
    }
    expect(bodies.length).toBeGreaterThan(50);
    // The campaign's total did move: the gift is counted, its giver is not shown.
    const api = bodies[urls.indexOf('/api/organisations/mpm/campaigns/voix-aux-nations-unies')];
    expect(api).toContain('"supporters":1');
    for (const personal of [DONOR.email, DONOR.name, 'Jeanne', 'Dupont', dedication, message]) {
      for (const [index, body] of bodies.entries()) {
        expect(body, urls[index]).not.toContain(personal);
      }
    }
  });
});
