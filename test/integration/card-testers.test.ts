import { findPledge } from '@haven/db';
import { TURNSTILE_VERIFY_URL } from '@haven/web';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { formTokenOf, postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { tableKeys } from '../support/raw-table';
import { startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edge = outsideServices(
  http.post(TURNSTILE_VERIFY_URL, async ({ request }) => {
    const form = new URLSearchParams(await request.text());
    const good = form.get('secret') === 'turnstile-secret' && form.get('response') === 'a-person';
    return HttpResponse.json({ success: good, 'error-codes': good ? [] : ['invalid-input'] });
  }),
);
beforeAll(() => edge.listen());
afterEach(() => edge.server.resetHandlers());
afterAll(async () => {
  edge.close();
  await stripe.stop();
});

const db = await createTestDb();
const KEY = 'form-token-key-of-the-test-deployment';
let clock = new Date('2026-11-25T12:00:00Z');
const app = createPaymentsApp(db, stripe, () => clock, { formTokenKey: KEY });

const CAMPAIGN = '/fr/mpm/voix-aux-nations-unies';
const FORM = `${CAMPAIGN}/donate`;
const GIFT = { currency: 'CHF', amount: '5000', frequency: 'once' };
const sessionOf = (response: Response) =>
  /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0];
const pledges = async () => (await tableKeys(db)).filter((key) => key.endsWith(' #PLEDGE'));
const Problem = z.object({ type: z.string(), status: z.number() });

/** Nothing stored and no Checkout session opened while `act` runs. */
async function expectNothingStarted(act: () => Promise<void>) {
  const before = await pledges();
  const sessions = stripe.createRequests().length;
  await act();
  expect(await pledges()).toEqual(before);
  expect(stripe.createRequests().length).toBe(sessions);
}

describe('cross-site posts', () => {
  it('refuses the donation form posted from another site, by Origin or by Fetch Metadata', async () => {
    await expectNothingStarted(async () => {
      const token = await formTokenOf(app, CAMPAIGN);
      const refusedHeaders: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { origin: 'null' },
        { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
        { 'sec-fetch-site': 'same-site' },
      ];
      for (const headers of refusedHeaders) {
        const response = await app.request(FORM, {
          method: 'POST',
          body: new URLSearchParams({ ...GIFT, formToken: token }),
          headers,
        });
        expect(response.status).toBe(403);
        expect(await response.text()).toContain('envoyé depuis un autre site');
      }
    });
    const ours = await postDonationForm(app, FORM, GIFT, {
      origin: 'https://give.example.org',
      'sec-fetch-site': 'same-origin',
    });
    expect(ours.status).toBe(303);
  });

  it('refuses a post without our token, with a forged one, one of another campaign, or an old one', async () => {
    const otherCampaign = await formTokenOf(
      app,
      '/en/iraqi-minorities-network/warmth-for-displaced-families',
    );
    const fresh = await formTokenOf(app, CAMPAIGN);
    const [issued, nonce] = fresh.split('.');
    await expectNothingStarted(async () => {
      for (const formToken of [
        undefined,
        'garbage',
        `${issued}.${nonce}.forgedsignature`,
        `${Number(issued) + 3600}.${nonce}.${fresh.split('.')[2]}`,
        otherCampaign,
      ]) {
        const body = new URLSearchParams(formToken ? { ...GIFT, formToken } : GIFT);
        const response = await app.request(FORM, { method: 'POST', body });
        expect(response.status).toBe(403);
      }
      clock = new Date(clock.getTime() + 3 * 60 * 60 * 1000);
      try {
        const stale = await app.request(FORM, {
          method: 'POST',
          body: new URLSearchParams({ ...GIFT, formToken: fresh }),
        });
        expect(stale.status).toBe(403);
      } finally {
        clock = new Date('2026-11-25T12:00:00Z');
      }
    });
  });

  it('refuses the JSON route to a browser on another site, and serves server-side callers', async () => {
    const body = JSON.stringify({
      organisation: 'mpm',
      campaign: 'voix-aux-nations-unies',
      amount: 5000,
      currency: 'CHF',
      locale: 'fr',
    });
    await expectNothingStarted(async () => {
      const response = await app.request('/api/donations', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      });
      expect(response.status).toBe(403);
      expect(Problem.parse(await response.json()).type).toBe('urn:haven:error:cross_site');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
    const server = await app.request('/api/donations', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(server.status).toBe(201);
  });
});

describe('bots', () => {
  it('refuses a form whose hidden honeypot field was filled in', async () => {
    await expectNothingStarted(async () => {
      const response = await postDonationForm(app, FORM, {
        ...GIFT,
        website: 'http://spam.example',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Le formulaire n’a pas pu être envoyé');
    });
  });

  it('renders the honeypot hidden from people and screen readers', async () => {
    const html = await (await app.request(CAMPAIGN)).text();
    expect(html).toMatch(
      /<div hidden="" aria-hidden="true"><label>[^<]+<input type="text" name="website"/,
    );
  });
});

describe('double clicks', () => {
  it('open one Checkout session: the same press of Donate reuses its pledge and session', async () => {
    const formToken = await formTokenOf(app, CAMPAIGN);
    const press = () =>
      app.request(FORM, { method: 'POST', body: new URLSearchParams({ ...GIFT, formToken }) });
    const before = await pledges();
    const [first, second] = await Promise.all([press(), press()]);
    const third = await press();
    expect(first?.status).toBe(303);
    expect(sessionOf(second ?? first)).toBe(sessionOf(first));
    expect(sessionOf(third)).toBe(sessionOf(first));
    expect((await pledges()).length).toBe(before.length + 1);
    // A different amount with the same form is a different gift.
    const changed = await app.request(FORM, {
      method: 'POST',
      body: new URLSearchParams({ ...GIFT, amount: '10000', formToken }),
    });
    expect(sessionOf(changed)).not.toBe(sessionOf(first));
  });

  it('keeps two visitors of one cached page apart: the same token and gift from two browsers are two gifts', async () => {
    // What the CDN does: one rendering of the page, handed to every visitor for a minute.
    const formToken = await formTokenOf(app, CAMPAIGN);
    const press = (agent: string) =>
      app.request(FORM, {
        method: 'POST',
        body: new URLSearchParams({ ...GIFT, formToken }),
        headers: { 'user-agent': agent },
      });
    const before = await pledges();
    const first = await press('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0');
    const other = await press('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1');
    const again = await press('Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0');
    expect([first.status, other.status, again.status]).toEqual([303, 303, 303]);
    expect(sessionOf(other)).not.toBe(sessionOf(first));
    expect(sessionOf(again)).toBe(sessionOf(first));
    expect((await pledges()).length).toBe(before.length + 2);
  });

  it('does not reopen a gift already paid: the donor is asked to start again', async () => {
    const formToken = await formTokenOf(app, CAMPAIGN);
    const press = () =>
      app.request(FORM, { method: 'POST', body: new URLSearchParams({ ...GIFT, formToken }) });
    const sessionId = sessionOf(await press()) ?? '';
    await stripe.pay(sessionId);
    await app.request(`${CAMPAIGN}/thanks?session_id=${sessionId}`);
    expect((await findPledge(db, await stripe.pledgeOf(sessionId)))?.status).toBe('paid');
    const again = await press();
    expect(again.status).toBe(403);
    expect(await again.text()).toContain('Ce formulaire a expiré');
  });
});

describe('rate limits, held in the table', () => {
  const limited = (clientIp: string) => ({
    formTokenKey: KEY,
    limits: { perIp: { max: 2, windowSeconds: 600 } },
    clientIp: () => clientIp,
  });

  it('refuse a third start from one address across two app instances, with Retry-After', async () => {
    const one = createPaymentsApp(db, stripe, () => clock, limited('203.0.113.7'));
    const two = createPaymentsApp(db, stripe, () => clock, limited('203.0.113.7'));
    expect((await postDonationForm(one, FORM, GIFT)).status).toBe(303);
    expect((await postDonationForm(two, FORM, GIFT)).status).toBe(303);
    await expectNothingStarted(async () => {
      const third = await postDonationForm(one, FORM, GIFT);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await third.text()).toContain('beaucoup de tentatives depuis votre connexion');
    });
    const elsewhere = createPaymentsApp(db, stripe, () => clock, limited('198.51.100.9'));
    expect((await postDonationForm(elsewhere, FORM, GIFT)).status).toBe(303);
    // The counter expires by itself, and holds no address.
    const rates = (await tableKeys(db)).filter((key) => key.startsWith('RATE#ip#'));
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.join()).not.toContain('203.0.113.7');
  });

  it('slow a campaign down in a burst of starts, on the form and the JSON route alike', async () => {
    const burst = createPaymentsApp(db, stripe, () => new Date('2026-11-25T13:00:00Z'), {
      formTokenKey: KEY,
      limits: { burst: { max: 2, windowSeconds: 60 } },
    });
    const path = '/en/iraqi-minorities-network/warmth-for-displaced-families/donate';
    const gift = { currency: 'USD', amount: '5000' };
    expect((await postDonationForm(burst, path, gift)).status).toBe(303);
    expect((await postDonationForm(burst, path, gift)).status).toBe(303);
    await expectNothingStarted(async () => {
      const page = await postDonationForm(burst, path, gift);
      expect(page.status).toBe(429);
      expect(await page.text()).toContain('Many people are giving right now');
      const api = await burst.request('/api/donations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          organisation: 'iraqi-minorities-network',
          campaign: 'warmth-for-displaced-families',
          amount: 5000,
          currency: 'USD',
          locale: 'en',
        }),
      });
      expect(api.status).toBe(429);
      expect(api.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(api.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    });
  });
});

describe("Stripe's own rate limit", () => {
  it('gets a calm message in the donor’s language, and nothing is charged', async () => {
    edge.server.use(
      http.post(`${stripe.apiBase}/v1/checkout/sessions`, () =>
        HttpResponse.json(
          { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many' } },
          { status: 429 },
        ),
      ),
    );
    const response = await postDonationForm(
      app,
      '/ar/iraqi-minorities-network/warmth-for-displaced-families/donate',
      {
        currency: 'USD',
        amount: '5000',
      },
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.text()).toContain('يتبرع كثيرون في هذه اللحظة');
  });
});

describe('the optional challenge (Cloudflare Turnstile)', () => {
  const challenged = createPaymentsApp(db, stripe, () => clock, {
    formTokenKey: KEY,
    turnstile: { siteKey: '1x00000000000000000000AA', secretKey: 'turnstile-secret' },
  });

  it('is off by default: no widget, no third-party script allowed', async () => {
    const page = await app.request(CAMPAIGN);
    expect(await page.text()).not.toContain('cf-turnstile');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
  });

  it('when configured, shows its widget and lets its script in, and nothing else', async () => {
    const page = await challenged.request(CAMPAIGN);
    expect(await page.text()).toContain('data-sitekey="1x00000000000000000000AA"');
    expect(page.headers.get('content-security-policy')).toContain(
      'script-src https://challenges.cloudflare.com',
    );
  });

  it('is verified server-side: a failed or missing answer starts nothing, a good one goes on', async () => {
    await expectNothingStarted(async () => {
      for (const answer of [undefined, 'a-bot']) {
        const response = await postDonationForm(
          challenged,
          FORM,
          answer ? { ...GIFT, 'cf-turnstile-response': answer } : GIFT,
        );
        expect(response.status).toBe(403);
        expect(await response.text()).toContain('Nous n’avons pas pu confirmer');
      }
    });
    const person = await postDonationForm(challenged, FORM, {
      ...GIFT,
      'cf-turnstile-response': 'a-person',
    });
    expect(person.status).toBe(303);
  });
});
