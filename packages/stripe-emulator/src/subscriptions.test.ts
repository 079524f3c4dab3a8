import type Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { StripeEmulator } from './server';
import { startStripeEmulator } from './server';
import { control, stripeClient, Transition, WEBHOOK_SECRET } from './test-support';

const monthly = {
  mode: 'subscription',
  line_items: [
    {
      price_data: {
        currency: 'eur',
        unit_amount: 2000,
        recurring: { interval: 'month' },
        product_data: { name: 'Monthly gift' },
      },
      quantity: 1,
    },
    {
      price_data: {
        currency: 'eur',
        unit_amount: 89,
        recurring: { interval: 'month' },
        product_data: { name: 'Fee cover' },
      },
      quantity: 1,
    },
  ],
  client_reference_id: 'pledge_1',
  subscription_data: { metadata: { pledgeId: 'pledge_1' } },
  success_url: 'https://haven.test/thanks?session_id={CHECKOUT_SESSION_ID}',
} satisfies Stripe.Checkout.SessionCreateParams;

const Advance = z.object({ event_ids: z.array(z.string()) });
const DAY = 86_400;

let emulator: StripeEmulator | undefined;
afterEach(() => emulator?.stop());

async function start(paidAt = Date.UTC(2026, 0, 15, 9) / 1000) {
  emulator = await startStripeEmulator({ webhookSecret: WEBHOOK_SECRET });
  const stripe = stripeClient(emulator);
  const session = await stripe.checkout.sessions.create(monthly);
  const paid = Transition.parse(
    (
      await control(emulator, `/sessions/${session.id}/pay`, {
        card: '4242424242424242',
        email: 'd@example.org',
        paid_at: paidAt,
      })
    ).body,
  );
  const done = await stripe.checkout.sessions.retrieve(session.id);
  if (typeof done.subscription !== 'string') throw new Error('no subscription');
  return { emulator, stripe, subscriptionId: done.subscription, eventIds: paid.event_ids };
}

const typesOf = (emulator: StripeEmulator, ids: string[]) =>
  ids.map((id) => emulator.events().find(({ event }) => event.id === id)?.event.type);

async function invoiceFigures(stripe: Stripe, invoiceId: string) {
  const invoice = await stripe.invoices.retrieve(invoiceId);
  const piId = invoice.payments?.data[0]?.payment.payment_intent;
  if (typeof piId !== 'string') throw new Error('no payment intent');
  const pi = await stripe.paymentIntents.retrieve(piId, {
    expand: ['latest_charge.balance_transaction'],
  });
  const charge = typeof pi.latest_charge === 'object' ? pi.latest_charge : null;
  const txn =
    charge && typeof charge.balance_transaction === 'object' ? charge.balance_transaction : null;
  return { invoice, charge, txn };
}

const invoiceOf = (emulator: StripeEmulator, eventId: string) => {
  const event = emulator.events().find(({ event }) => event.id === eventId)?.event;
  const object = event?.data.object;
  return object && 'id' in object ? object.id : '';
};

describe('subscriptions', () => {
  it('checkout in subscription mode starts a subscription and pays its first invoice with its own balance transaction', async () => {
    const { stripe, subscriptionId, eventIds, emulator } = await start();
    expect(typesOf(emulator, eventIds)).toEqual([
      'checkout.session.completed',
      'customer.subscription.created',
      'invoice.paid',
    ]);
    const subscription = await stripe.subscriptions.retrieve(subscriptionId);
    expect(subscription.metadata).toEqual({ pledgeId: 'pledge_1' });
    expect(subscription.items.data.map((item) => item.price.unit_amount)).toEqual([2000, 89]);
    const { invoice, txn, charge } = await invoiceFigures(
      stripe,
      invoiceOf(emulator, eventIds[2] ?? ''),
    );
    expect(invoice.parent?.subscription_details?.metadata).toEqual({ pledgeId: 'pledge_1' });
    expect(invoice.amount_paid).toBe(2089);
    expect(txn?.fee).toBe(Math.round(2089 * 0.029) + 30);
    expect(charge?.created).toBe(Date.UTC(2026, 0, 15, 9) / 1000);
  });

  it('advancing the clock a month at a time makes one paid invoice per month, dated on the anniversary', async () => {
    const { stripe, emulator } = await start(Date.UTC(2026, 0, 31, 9) / 1000);
    const dates: number[] = [];
    for (let month = 0; month < 2; month++) {
      const { event_ids } = Advance.parse(
        (await control(emulator, '/clock/advance', { seconds: 31 * DAY })).body,
      );
      expect(typesOf(emulator, event_ids)).toEqual(['invoice.paid']);
      const { charge } = await invoiceFigures(stripe, invoiceOf(emulator, event_ids[0] ?? ''));
      dates.push(charge?.created ?? 0);
    }
    expect(dates).toEqual([Date.UTC(2026, 1, 28, 9) / 1000, Date.UTC(2026, 2, 31, 9) / 1000]);
  });

  it('an amount change applies from the next invoice; pausing skips invoices; cancelling stops them', async () => {
    const { stripe, subscriptionId, emulator } = await start();
    const subscription = await stripe.subscriptions.retrieve(subscriptionId);
    const [gift, fee] = subscription.items.data;
    if (!gift || !fee) throw new Error('items');
    const product = (item: Stripe.SubscriptionItem) =>
      typeof item.price.product === 'string' ? item.price.product : item.price.product.id;
    await stripe.subscriptions.update(subscriptionId, {
      proration_behavior: 'none',
      items: [
        {
          id: gift.id,
          price_data: {
            currency: 'eur',
            unit_amount: 1000,
            product: product(gift),
            recurring: { interval: 'month' },
          },
        },
        {
          id: fee.id,
          price_data: {
            currency: 'eur',
            unit_amount: 59,
            product: product(fee),
            recurring: { interval: 'month' },
          },
        },
      ],
    });
    const next = Advance.parse(
      (await control(emulator, '/clock/advance', { seconds: 31 * DAY })).body,
    );
    const { invoice } = await invoiceFigures(stripe, invoiceOf(emulator, next.event_ids[0] ?? ''));
    expect(invoice.amount_paid).toBe(1059);

    await stripe.subscriptions.update(subscriptionId, { pause_collection: { behavior: 'void' } });
    const paused = Advance.parse(
      (await control(emulator, '/clock/advance', { seconds: 31 * DAY })).body,
    );
    expect(paused.event_ids).toEqual([]);
    await stripe.subscriptions.update(subscriptionId, { pause_collection: '' });
    await stripe.subscriptions.cancel(subscriptionId);
    const after = Advance.parse(
      (await control(emulator, '/clock/advance', { seconds: 62 * DAY })).body,
    );
    expect(after.event_ids).toEqual([]);
    expect(emulator.events().at(-1)?.event.type).toBe('customer.subscription.deleted');
  });

  it('a failed renewal leaves the invoice open and the subscription past due until it is paid', async () => {
    const { stripe, subscriptionId, emulator } = await start();
    await control(emulator, `/subscriptions/${subscriptionId}/fail_renewals`, { count: 1 });
    const failed = Advance.parse(
      (await control(emulator, '/clock/advance', { seconds: 31 * DAY })).body,
    );
    expect(typesOf(emulator, failed.event_ids)).toEqual([
      'invoice.payment_failed',
      'customer.subscription.updated',
    ]);
    const invoiceId = invoiceOf(emulator, failed.event_ids[0] ?? '');
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('past_due');
    const paid = await stripe.invoices.pay(invoiceId);
    expect(paid.status).toBe('paid');
    const { txn } = await invoiceFigures(stripe, invoiceId);
    expect(txn?.net).toBe(2089 - (Math.round(2089 * 0.029) + 30));
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('active');
  });

  it('the billing portal takes a new card and pays the open invoice with it', async () => {
    const { stripe, subscriptionId, emulator } = await start();
    const subscription = await stripe.subscriptions.retrieve(subscriptionId);
    await control(emulator, `/subscriptions/${subscriptionId}/fail_renewals`, { count: 1 });
    await control(emulator, '/clock/advance', { seconds: 31 * DAY });
    const customer =
      typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;
    const portal = await stripe.billingPortal.sessions.create({
      customer,
      return_url: 'https://haven.test/back',
      locale: 'es',
    });
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain('Actualiza tu tarjeta');
    const saved = await fetch(portal.url, {
      method: 'POST',
      body: new URLSearchParams({ card: '5555555555554444' }),
      redirect: 'manual',
    });
    expect(saved.headers.get('location')).toBe('https://haven.test/back');
    expect((await stripe.subscriptions.retrieve(subscriptionId)).status).toBe('active');
  });

  it('refuses one-time prices in subscription mode, and prorations it does not emulate', async () => {
    const { stripe, subscriptionId } = await start();
    await expect(
      stripe.checkout.sessions.create({
        ...monthly,
        line_items: [
          {
            price_data: { currency: 'eur', unit_amount: 500, product_data: { name: 'Gift' } },
            quantity: 1,
          },
        ],
      }),
    ).rejects.toThrow(/recurring/);
    const [item] = (await stripe.subscriptions.retrieve(subscriptionId)).items.data;
    await expect(
      stripe.subscriptions.update(subscriptionId, {
        proration_behavior: 'create_prorations',
        items: [{ id: item?.id ?? '', quantity: 2 }],
      }),
    ).rejects.toThrow(/proration_behavior=none/);
  });
});
