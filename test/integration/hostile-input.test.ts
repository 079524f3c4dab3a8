import { createDb, findPledge } from '@haven/db';
import { devMailboxRoutes } from '@haven/local';
import { paymentsFromConfig } from '@haven/stripe-gateway';
import { createWebhookApp } from '@haven/web/webhook';
import { afterAll, describe, expect, inject, it } from 'vitest';
import * as z from 'zod';
import { createTestApp } from '../support/app';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { createPaymentsApp } from '../support/payments-app';
import { tableKeys } from '../support/raw-table';
import { STRIPE_KEY, signature, startTestStripe, WEBHOOK_SECRET } from '../support/stripe';

const stripe = await startTestStripe();
const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
afterAll(() => stripe.stop());

const Problem = z.object({ type: z.string(), title: z.string(), status: z.number() });
const isProblem = async (response: Response, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(Problem.parse(await response.json()).status).toBe(status);
};
const FORM = '/fr/mpm/voix-aux-nations-unies/donate';
const gift = {
  organisation: 'mpm',
  campaign: 'voix-aux-nations-unies',
  amount: 5000,
  currency: 'CHF',
  locale: 'fr',
};
const json = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', ...headers },
});

describe('path parameters', () => {
  const long = 'a'.repeat(1_100);
  it.each([
    `/en/mpm/${long}`,
    `/mpm/${long}`,
    `/${long}`,
    `/en/${long}/${long}`,
    `/fr/mpm/${long}/thanks?session_id=cs_test_1`,
    '/en/MPM/Voix',
    '/en/mpm/voix%00',
  ])('that cannot be slugs answer 404 before any key is built (#%#)', async (path) => {
    const response = await app.request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('are refused by the API’s schema (400 problem), or name nothing (404), never a 500', async () => {
    await isProblem(await app.request(`/api/organisations/${long}`), 400);
    await isProblem(await app.request(`/api/organisations/mpm/campaigns/${long}`), 400);
    await isProblem(await app.request('/api/organisations/MPM%00'), 404);
    await isProblem(await app.request('/api/organisations/mpm/campaigns/__proto__'), 404);
    const before = await tableKeys(db);
    const post = await app.request(`/fr/mpm/${long}/donate`, {
      method: 'POST',
      body: new URLSearchParams({ currency: 'CHF', amount: '5000' }),
    });
    expect(post.status).toBe(404);
    expect(await tableKeys(db)).toEqual(before);
  });
});

describe('body size', () => {
  it('refuses a 50 MB JSON donation with 413 problem details, storing nothing', async () => {
    const before = await tableKeys(db);
    const huge = JSON.stringify({ ...gift, message: 'x'.repeat(50 * 1024 * 1024) });
    await isProblem(await app.request('/api/donations', json(huge)), 413);
    // Without a Content-Length the body is counted as it streams.
    const init: RequestInit & { duplex: 'half' } = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    };
    const streamed = new Request('http://localhost/api/donations', init);
    await isProblem(await app.request(streamed), 413);
    expect(await tableKeys(db)).toEqual(before);
  });

  it('refuses an oversized form post with a page in the visitor’s language', async () => {
    const before = await tableKeys(db);
    const response = await app.request(FORM, {
      method: 'POST',
      body: new URLSearchParams({ currency: 'CHF', amount: '5000', message: 'x'.repeat(40_000) }),
    });
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain('Votre don n’a pas été envoyé');
    expect(html).toContain('href="/fr/mpm/voix-aux-nations-unies"');
    expect(await tableKeys(db)).toEqual(before);
  });

  it('lets a real-sized Stripe event through to the webhook, well past the pages’ limit', async () => {
    const payload = JSON.stringify({
      id: 'evt_large_1',
      object: 'event',
      type: 'customer.updated',
      data: { object: { id: 'cus_1', metadata: { notes: 'n'.repeat(100_000) } } },
    });
    const response = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
    });
    expect(response.status).toBe(200);
    const tooBig = 'x'.repeat(300 * 1024);
    const refused = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: tooBig,
      headers: { 'content-type': 'application/json', 'stripe-signature': signature(tooBig) },
    });
    await isProblem(refused, 413);
  });
});

describe('content types and JSON errors', () => {
  it('refuses a multipart donation form with 415, malformed or not, storing nothing', async () => {
    const before = await tableKeys(db);
    const form = new FormData();
    form.set('currency', 'CHF');
    form.set('amount', '5000');
    const multipart = await app.request(FORM, { method: 'POST', body: form });
    expect(multipart.status).toBe(415);
    expect(await multipart.text()).toContain('Votre don n’a pas été envoyé');
    const malformed = await app.request(FORM, {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="amount"\r\n\r\n5000',
      headers: { 'content-type': 'multipart/form-data; boundary=y' },
    });
    expect(malformed.status).toBe(415);
    expect(await tableKeys(db)).toEqual(before);
  });

  it('answers every JSON error as problem details', async () => {
    await isProblem(
      await app.request(
        '/api/donations',
        json(JSON.stringify(gift), { 'content-type': 'text/plain' }),
      ),
      415,
    );
    await isProblem(await app.request('/api/donations', json('{"organisation": "mpm",')), 400);
    await isProblem(await app.request('/api/donations', json('[]')), 400);
    await isProblem(await app.request('/api/nothing-here'), 404);
    const wrongMethod = await app.request('/api/donations', { method: 'DELETE' });
    await isProblem(wrongMethod, 405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    await isProblem(await app.request('/api/organisations', { method: 'PUT' }), 405);
    await isProblem(await app.request('/webhooks/stripe'), 405);
  });
});

describe('free text', () => {
  it('loses control characters and NUL, keeping Arabic, combining marks, emoji and line breaks', async () => {
    const message = 'شكرًا لكم\u0000\u0007 — Ame\u0301lie 👩\u200D👩\u200D👧\r\nà bientôt\u001b';
    const response = await app.request(
      '/api/donations',
      json(
        JSON.stringify({
          ...gift,
          message,
          dedication: { kind: 'memory', name: 'جدّتي\u0000 Zoë\u0085' },
        }),
      ),
    );
    expect(response.status).toBe(201);
    const { pledgeId } = z.object({ pledgeId: z.string() }).parse(await response.json());
    expect(await findPledge(db, pledgeId)).toMatchObject({
      message: 'شكرًا لكم — Amélie 👩\u200D👩\u200D👧\nà bientôt',
      dedication: { kind: 'memory', name: 'جدّتي Zoë' },
    });

    const form = await postDonationForm(app, FORM, {
      currency: 'CHF',
      amount: '5000',
      message: 'Courage\u0000\u0008 ✊🏾',
    });
    expect(form.status).toBe(303);
    const sessionId = /cs_test_\w+/.exec(form.headers.get('location') ?? '')?.[0] ?? '';
    expect(await findPledge(db, await stripe.pledgeOf(sessionId))).toMatchObject({
      message: 'Courage ✊🏾',
    });
  });
});

describe('lookups by key', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    '/static/covers/%s is not found',
    async (name) => {
      const response = await app.request(`/static/covers/${name}`);
      expect(response.status).toBe(404);
      // Not kept by a shared cache as if it were an asset (it once was, for a day).
      expect(response.headers.get('cache-control') ?? '').not.toMatch(/public|immutable/);
    },
  );

  it('still serves a real cover', async () => {
    const response = await app.request('/static/covers/mountains.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
  });
});

describe('security headers', () => {
  const expectHeaders = (response: Response) => {
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
  };

  it('are on pages, 404s, refusals and problem details alike', async () => {
    expectHeaders(await app.request('/fr/mpm/voix-aux-nations-unies'));
    expectHeaders(await app.request('/fr/mpm/nowhere'));
    expectHeaders(await app.request('/api/nothing-here'));
    expectHeaders(await app.request('/api/donations', json('{')));
    expectHeaders(
      await app.request(FORM, {
        method: 'POST',
        body: 'x',
        headers: { 'content-type': 'text/plain' },
      }),
    );
    expectHeaders(await app.request('/static/covers/constructor'));
  });

  it('are on the local stack’s development pages, whose email preview keeps its own CSP', async () => {
    const dev = devMailboxRoutes(db);
    const list = await dev.request('/emails');
    expect(list.status).toBe(200);
    expect(list.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(list.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const missing = await dev.request(`/emails/${'x'.repeat(1_100)}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the webhook’s own Lambda', () => {
  it('has the same body limit and headers as the webhook route of the whole app', async () => {
    const webhookApp = createWebhookApp({
      db,
      payments: paymentsFromConfig({
        STRIPE_SECRET_KEY: STRIPE_KEY,
        STRIPE_API_BASE: stripe.apiBase,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        FEE_BASIS_POINTS: 290,
        FEE_FIXED_MINOR: 30,
      }),
      now: () => new Date('2026-11-25T12:00:00Z'),
    });
    const tooBig = 'x'.repeat(300 * 1024);
    const refused = await webhookApp.request('/webhooks/stripe', {
      method: 'POST',
      body: tooBig,
      headers: { 'stripe-signature': signature(tooBig) },
    });
    await isProblem(refused, 413);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('an unexpected failure', () => {
  it('is answered 500 without detail, with the security headers all the same', async () => {
    const broken = createTestApp(
      createDb({ tableName: 'no-such-table', endpoint: inject('dynamoEndpoint') }),
    );
    const api = await broken.request('/api/organisations');
    await isProblem(api, 500);
    expect(api.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await broken.request('/fr');
    expect(page.status).toBe(500);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
