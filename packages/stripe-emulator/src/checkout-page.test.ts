import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAmount } from './checkout-page';
import type { StripeEmulator } from './server';
import { donation, startWithReceiver, verified, type WebhookReceiver } from './test-support';

let emulator: StripeEmulator;
let receiver: WebhookReceiver;
let stripe: Stripe;

beforeEach(async () => {
  ({ emulator, receiver, stripe } = await startWithReceiver());
});
afterEach(async () => {
  await emulator.stop();
  await receiver.close();
});

const item = (currency: string, unit_amount: number, name = 'Legal aid fund') => [
  { price_data: { currency, unit_amount, product_data: { name } }, quantity: 1 },
];

const submit = (url: string, fields: Record<string, string>) =>
  fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

describe('GET /c/pay/:id', () => {
  it('renders an accessible form with the product name and the amount formatted for the locale', async () => {
    const session = await stripe.checkout.sessions.create(donation({ submit_type: 'donate' }));
    const response = await fetch(session.url ?? '');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Legal aid fund');
    expect(html).toContain('€25.00');
    expect(html).toContain('<label for="card">Card number</label>');
    expect(html).toContain('<label for="iban">IBAN</label>');
    expect(html).toContain(`action="/c/pay/${session.id}"`);
    expect(html).toMatch(/<button type="submit">Donate €25.00<\/button>/);
    expect(html).toContain('href="https://haven.test/campaigns/legal-aid"');
  });

  it('speaks French and Spanish, and falls back to English for Arabic as Stripe has no Arabic Checkout', async () => {
    const fr = await stripe.checkout.sessions.create(donation({ locale: 'fr' }));
    const frHtml = await (await fetch(fr.url ?? '')).text();
    expect(frHtml).toContain('<html lang="fr">');
    expect(frHtml).toContain('Numéro de carte');
    expect(frHtml).toContain(formatAmount(2500, 'eur', 'fr'));
    expect(formatAmount(2500, 'eur', 'fr')).toMatch(/^25,00\s€$/);

    const es = await stripe.checkout.sessions.create(donation({ locale: 'es' }));
    expect(await (await fetch(es.url ?? '')).text()).toContain('Número de tarjeta');

    const auto = await stripe.checkout.sessions.create(donation({ locale: 'auto' }));
    const arabic = await fetch(auto.url ?? '', {
      headers: { 'Accept-Language': 'ar-EG,ar;q=0.9' },
    });
    const arHtml = await arabic.text();
    expect(arHtml).toContain('<html lang="en">');
    expect(arHtml).toContain('Card number');
    const spanish = await fetch(auto.url ?? '', { headers: { 'Accept-Language': 'es-419' } });
    expect(await spanish.text()).toContain('Número de tarjeta');
  });

  it('formats zero- and three-decimal currencies with their own digits', async () => {
    const jpy = await stripe.checkout.sessions.create(donation({ line_items: item('jpy', 3000) }));
    expect(await (await fetch(jpy.url ?? '')).text()).toContain('¥3,000');
    expect(await (await fetch(jpy.url ?? '')).text()).not.toContain('¥3,000.00');
    const kwd = await stripe.checkout.sessions.create(
      donation({ line_items: item('kwd', 12_500) }),
    );
    expect(await (await fetch(kwd.url ?? '')).text()).toContain(formatAmount(12_500, 'kwd', 'en'));
    expect(formatAmount(12_500, 'kwd', 'en')).toMatch(/12\.500/);
  });

  it('escapes the product name instead of injecting it', async () => {
    const session = await stripe.checkout.sessions.create(
      donation({ line_items: item('eur', 500, '<script>x</script>') }),
    );
    const html = await (await fetch(session.url ?? '')).text();
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('answers 404 for an unknown session and 410 once expired', async () => {
    expect((await fetch(`${emulator.url}/c/pay/cs_test_nope`)).status).toBe(404);
    const session = await stripe.checkout.sessions.create(donation());
    await stripe.checkout.sessions.expire(session.id);
    const gone = await fetch(`${emulator.url}/c/pay/${session.id}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('This checkout session has expired.');
  });
});

describe('POST /c/pay/:id (the form, no JavaScript)', () => {
  it('pays with 4242 and redirects 303 to success_url with the session id substituted', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const response = await submit(session.url ?? '', {
      email: 'ada@example.org',
      method: 'card',
      card: '4242 4242 4242 4242',
      name: 'Ada',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(
      `https://haven.test/thanks?session_id=${session.id}`,
    );
    const after = await stripe.checkout.sessions.retrieve(session.id);
    expect(after).toMatchObject({ status: 'complete', payment_status: 'paid' });
    await emulator.waitForDeliveries();
    expect(receiver.received.map((w) => verified(stripe, w).type)).toEqual([
      'checkout.session.completed',
    ]);
  });

  it('re-renders the page with "Your card was declined." for 4000…0002, keeps the session open and sends nothing', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const response = await submit(session.url ?? '', {
      email: 'ada@example.org',
      method: 'card',
      card: '4000000000000002',
    });
    expect(response.status).toBe(402);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('Your card was declined.');
    expect(html).toContain('value="ada@example.org"');
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    await emulator.waitForDeliveries();
    expect(receiver.received).toHaveLength(0);
  });

  it('shows the decline in the page’s language', async () => {
    const session = await stripe.checkout.sessions.create(donation({ locale: 'fr' }));
    const response = await submit(session.url ?? '', {
      email: 'ada@example.org',
      card: '4000000000000002',
    });
    expect(await response.text()).toContain('Votre carte a été refusée.');
  });

  it('takes a SEPA test IBAN: redirects, session complete but unpaid until settled', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const response = await submit(session.url ?? '', {
      email: 'ada@example.org',
      method: 'sepa_debit',
      iban: 'AT611904300234573201',
    });
    expect(response.status).toBe(303);
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({
      status: 'complete',
      payment_status: 'unpaid',
    });
  });

  it('asks for an email when the session has none', async () => {
    const session = await stripe.checkout.sessions.create(donation());
    const response = await submit(session.url ?? '', { card: '4242424242424242' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Enter a valid email address.');
  });
});
