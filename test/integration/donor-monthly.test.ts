import { findPledge } from '@haven/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { openDonorSpace } from '../support/donor';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { deliverOutbox, formPost } from '../support/staff';
import { signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edge = outsideServices();
beforeAll(() => edge.listen());
afterAll(async () => {
  edge.close();
  await stripe.stop();
});

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createPaymentsApp(db, stripe, () => now);
const DONOR = { email: 'maria.lopez@example.org', name: 'María López' };
const OTHER = { email: 'kofi@example.net', name: 'Kofi Mensah' };

const Paid = z.object({ event_ids: z.array(z.string()).min(1) });
const Subscription = z.object({
  status: z.string(),
  items: z.object({
    data: z.array(z.object({ price: z.object({ unit_amount: z.number() }) })),
  }),
});

/** A monthly gift started on the form and paid on Checkout; every event Stripe sends, delivered. */
async function monthlyGift(donor: { email: string; name: string }, amount: string) {
  const response = await postDonationForm(app, '/es/mpm/voix-aux-nations-unies/donate', {
    frequency: 'monthly',
    currency: 'CHF',
    amount,
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const paid = await fetch(`${stripe.apiBase}/_emulator/sessions/${sessionId}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ card: '4242424242424242', ...donor }),
  });
  for (const id of Paid.parse(await paid.json()).event_ids) {
    const payload = stripe.emulator.events().find(({ event }) => event.id === id)?.payload ?? '';
    const delivered = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'stripe-signature': signature(payload) },
    });
    expect(delivered.status).toBe(200);
  }
  await deliverOutbox(db, now);
  return stripe.pledgeOf(sessionId);
}

async function subscriptionOf(pledgeId: string) {
  const pledge = await findPledge(db, pledgeId);
  const response = await fetch(
    `${stripe.apiBase}/_emulator/subscriptions/${pledge?.subscriptionId}`,
  );
  return Subscription.parse(await response.json());
}

const mine = await monthlyGift(DONOR, '3000');
const theirs = await monthlyGift(OTHER, '5000');

describe('a monthly gift, from the donor space', () => {
  it('is listed with its actions, in the donor’s language', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const html = await (
      await app.request('/es/donor/gifts', { headers: { cookie: me.cookie } })
    ).text();
    expect(html).toContain('Su donativo mensual');
    expect(html).toContain(`/es/donor/gifts/${mine}/amount`);
    expect(html).toContain('Cancelar este donativo mensual');
    expect(html).not.toContain(theirs);
  });

  it('takes a new amount from the next instalment, and refuses an unreadable one', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const bad = await app.request(
      `/es/donor/gifts/${mine}/amount`,
      formPost({ _csrf: me.csrf, amount: 'veinte' }, me.cookie),
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('Escriba un importe posible');
    expect((await findPledge(db, mine))?.gift).toBe(3000);

    const lowered = await app.request(
      `/es/donor/gifts/${mine}/amount`,
      formPost({ _csrf: me.csrf, amount: '20' }, me.cookie),
    );
    expect(lowered.status).toBe(200);
    expect(await lowered.text()).toContain('Su donativo mensual cambia desde el próximo cargo.');
    expect((await findPledge(db, mine))?.gift).toBe(2000);
    expect((await subscriptionOf(mine)).items.data[0]?.price.unit_amount).toBe(2000);
  });

  it('refuses to change someone else’s monthly gift, and a post without the session’s token', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const foreign = await app.request(
      `/es/donor/gifts/${theirs}/cancel`,
      formPost({ _csrf: me.csrf }, me.cookie),
    );
    expect(foreign.status).toBe(404);
    const forged = await app.request(`/es/donor/gifts/${mine}/cancel`, formPost({}, me.cookie));
    expect(forged.status).toBe(403);
    expect((await subscriptionOf(theirs)).status).toBe('active');
    expect((await subscriptionOf(mine)).status).toBe('active');
  });

  it('sends the donor to the billing portal to change the card', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const card = await app.request(
      `/es/donor/gifts/${mine}/card`,
      formPost({ _csrf: me.csrf }, me.cookie),
    );
    expect(card.status).toBe(303);
    expect(card.headers.get('location')).toMatch(new RegExp(`^${stripe.apiBase}/`));
  });

  it('pauses, resumes and cancels it; a cancelled gift offers no more changes', async () => {
    const me = await openDonorSpace(app, db, DONOR.email, now, 'es');
    const post = (verb: string) =>
      app.request(`/es/donor/gifts/${mine}/${verb}`, formPost({ _csrf: me.csrf }, me.cookie));
    expect(await (await post('pause')).text()).toContain('está en pausa');
    expect((await findPledge(db, mine))?.monthlyStatus).toBe('paused');
    expect(await (await post('resume')).text()).toContain('vuelve a estar activo');
    const cancelled = await post('cancel');
    expect(cancelled.status).toBe(200);
    const html = await cancelled.text();
    expect(html).toContain('está cancelado');
    expect(html).not.toContain(`/es/donor/gifts/${mine}/amount`);
    expect((await subscriptionOf(mine)).status).toBe('canceled');
    expect((await post('cancel')).status).toBe(409);
  });

  it('stops a running monthly gift before erasing its donor', async () => {
    const other = await openDonorSpace(app, db, OTHER.email, now, 'en');
    const erased = await app.request(
      '/en/donor/erase',
      formPost({ _csrf: other.csrf, confirm: 'yes' }, other.cookie),
    );
    expect(erased.status).toBe(200);
    expect((await subscriptionOf(theirs)).status).toBe('canceled');
    const pledge = await findPledge(db, theirs);
    expect(pledge?.monthlyStatus).toBe('canceled');
    expect(pledge?.erasedFields).toBeDefined();
  });
});
