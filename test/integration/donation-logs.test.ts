import { findPayment } from '@haven/db';
import { logger, withLogContext } from '@haven/log';
import { createResendMailer } from '@haven/mail';
import { drainOutbox } from '@haven/outbox';
import { HttpResponse, http } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { lambdaContext } from '../infra/fixtures/http-api';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { DONOR, signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(
  http.post('https://api.resend.com/emails', () => HttpResponse.json({ id: 'email_logs_1' })),
);
const db = await createTestDb();
const app = createPaymentsApp(db, stripe);

/** Everything the logger writes, instead of the terminal. */
const lines: string[] = [];
const capture = (chunk: unknown) => {
  lines.push(String(chunk));
  return true;
};
beforeAll(() => {
  edgeOfTheWorld.listen();
  logger.setLogLevel('INFO');
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterAll(async () => {
  vi.restoreAllMocks();
  logger.setLogLevel('SILENT');
  edgeOfTheWorld.close();
  await stripe.stop();
});

const Event = z.object({ id: z.string() });

describe('the logs of a whole donation', () => {
  it('carry its ids and codes, never the donor’s email, name or dedication', async () => {
    const dedication = 'Aïcha Benali';
    const response = await postDonationForm(app, '/fr/mpm/voix-aux-nations-unies/donate', {
      frequency: 'once',
      currency: 'CHF',
      amount: '5000',
      dedicationKind: 'memory',
      dedicationName: dedication,
    });
    const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
    const pledgeId = await stripe.pledgeOf(sessionId);
    const payload = await stripe.pay(sessionId);
    const webhook = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': signature(payload) },
    });
    expect(webhook.status).toBe(200);
    await app.request(`/fr/mpm/voix-aux-nations-unies/thanks?session_id=${sessionId}`);
    const sent = await drainOutbox({
      db,
      mailer: createResendMailer({ apiKey: 're_test_integration' }),
      from: 'Haven <receipts@example.org>',
      publicUrl: 'https://give.example.org',
      now: () => new Date('2026-11-25T12:00:00Z'),
      retryDelaysMs: [60_000],
    });
    expect(sent).toMatchObject({ sent: 1 });
    expect(await findPayment(db, pledgeId)).toBeDefined();

    const log = lines.join('');
    // Every line is Powertools' JSON.
    for (const line of log.trim().split('\n')) {
      expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), service: 'haven' });
    }
    expect(log).toContain(pledgeId);
    expect(log).toContain(Event.parse(JSON.parse(payload)).id);
    expect(log).toContain(`receipt_${pledgeId}`);
    // Routes by their pattern, so nothing a donor typed reaches the logs through a URL.
    expect(log).toMatch(/"route":"\/:lang[^"]*\/:org\/:campaign\/donate"/);
    for (const personal of [DONOR.email, DONOR.name, 'Jeanne', 'Dupont', dedication, 'Aïcha']) {
      expect(log).not.toContain(personal);
    }
    // The query string (which carries the session id) is not logged, only the route.
    expect(log).not.toContain(`session_id=${sessionId}`);
  });

  it('of refused posts (cross-site, honeypot, no token, oversized, rate-limited) hold no personal data', async () => {
    lines.length = 0;
    const limited = createPaymentsApp(db, stripe, undefined, {
      limits: { perIp: { max: 1, windowSeconds: 600 } },
      clientIp: () => '192.0.2.44',
    });
    const path = '/fr/mpm/voix-aux-nations-unies/donate';
    const personal = {
      dedicationKind: 'honour',
      dedicationName: 'Yusuf Karimov',
      message: 'Écrivez-moi à yusuf.karimov@example.net, 12 rue des Lilas',
    };
    const gift = { currency: 'CHF', amount: '5000', ...personal };
    const statuses = [
      (await postDonationForm(app, path, gift, { origin: 'https://evil.example' })).status,
      (await postDonationForm(app, path, { ...gift, website: 'x' })).status,
      (await app.request(path, { method: 'POST', body: new URLSearchParams(gift) })).status,
      (
        await app.request(path, {
          method: 'POST',
          body: new URLSearchParams({ ...gift, message: 'Yusuf '.repeat(8_000) }),
        })
      ).status,
      (await postDonationForm(limited, path, gift)).status,
      (await postDonationForm(limited, path, gift)).status,
    ];
    expect(statuses).toEqual([403, 400, 403, 413, 303, 429]);
    const log = lines.join('');
    expect(log).toContain('"status":429');
    for (const text of ['Yusuf', 'Karimov', 'yusuf.karimov', 'rue des Lilas', '192.0.2.44']) {
      expect(log).not.toContain(text);
    }
  });

  it('carry the Lambda request id and cold-start flag once the entry adds its context', async () => {
    lines.length = 0;
    const handler = withLogContext(async (_event: unknown) => {
      logger.info('inside');
    });
    await handler({}, lambdaContext('haven-dev-http'));
    const [line] = lines;
    expect(JSON.parse(line ?? '{}')).toMatchObject({
      message: 'inside',
      function_request_id: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      function_name: 'haven-dev-http',
      cold_start: expect.any(Boolean),
    });
  });
});
