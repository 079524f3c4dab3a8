import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StripeEmulator } from '../server';
import {
  control,
  donation,
  startWebhookReceiver,
  startWithReceiver,
  type WebhookReceiver,
} from '../test-support';

const CONNECT_SECRET = 'whsec_test_connect_endpoint';

let emulator: StripeEmulator;
let stripe: Stripe;
let platform: WebhookReceiver;
let connect: WebhookReceiver;

beforeAll(async () => {
  connect = await startWebhookReceiver();
  const started = await startWithReceiver({
    connectWebhookUrl: connect.url,
    connectWebhookSecret: CONNECT_SECRET,
  });
  emulator = started.emulator;
  stripe = started.stripe;
  platform = started.receiver;
});
afterAll(async () => {
  await emulator.stop();
  await platform.close();
  await connect.close();
});

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Stripe.errors.StripeError)) throw new Error('expected a StripeError');
  return error;
};

async function onboardedAccount(): Promise<string> {
  const account = await stripe.accounts.create({ type: 'standard', country: 'CH' });
  await control(emulator, `/accounts/${account.id}/onboard`, {});
  return account.id;
}

describe('connected accounts and their onboarding', () => {
  it('onboards a Standard account through its Account Link page, then sends account.updated to the Connect endpoint only', async () => {
    const created = await stripe.accounts.create({
      type: 'standard',
      country: 'CH',
      email: 'owner@mpm.example.org',
    });
    expect(created).toMatchObject({
      object: 'account',
      type: 'standard',
      charges_enabled: false,
      details_submitted: false,
      requirements: { disabled_reason: 'requirements.past_due' },
    });
    expect(created.requirements?.currently_due?.length).toBeGreaterThan(0);
    const link = await stripe.accountLinks.create({
      account: created.id,
      type: 'account_onboarding',
      refresh_url: 'https://haven.test/staff/stripe/refresh',
      return_url: 'https://haven.test/staff/stripe/return',
    });
    expect(link.url.startsWith(`${emulator.url}/connect/onboarding/${created.id}/`)).toBe(true);

    const page = await fetch(link.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(created.id);
    const done = await fetch(link.url, { method: 'POST', redirect: 'manual' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('https://haven.test/staff/stripe/return');
    // A link works once.
    expect((await fetch(link.url, { method: 'POST', redirect: 'manual' })).status).toBe(404);

    const account = await stripe.accounts.retrieve(created.id);
    expect(account).toMatchObject({
      charges_enabled: true,
      details_submitted: true,
      payouts_enabled: true,
      requirements: { currently_due: [], disabled_reason: null },
    });
    await emulator.waitForDeliveries();
    const delivered = connect.received.map((webhook) =>
      stripe.webhooks.constructEvent(
        webhook.body,
        String(webhook.headers['stripe-signature']),
        CONNECT_SECRET,
      ),
    );
    const updated = delivered.find((event) => event.account === created.id);
    expect(updated?.type).toBe('account.updated');
    expect(updated?.data.previous_attributes).toMatchObject({ charges_enabled: false });
    expect(platform.received.some((webhook) => webhook.body.includes(created.id))).toBe(false);
  });

  it('disables and re-enables charges through the control API, each change an account.updated', async () => {
    const id = await onboardedAccount();
    const off = await control(emulator, `/accounts/${id}/charges`, { enabled: false });
    expect(off.body).toMatchObject({
      charges_enabled: false,
      requirements: { disabled_reason: 'under_review' },
    });
    const refused = await rejection(
      stripe.checkout.sessions.create(donation(), { stripeAccount: id }),
    );
    expect(refused.code).toBe('account_charges_disabled');
    await control(emulator, `/accounts/${id}/charges`, { enabled: true });
    expect((await stripe.accounts.retrieve(id)).charges_enabled).toBe(true);
    const events = emulator.events().filter((record) => record.account === id);
    expect(events.map((record) => record.event.type)).toEqual([
      'account.updated',
      'account.updated',
      'account.updated',
    ]);
  });
});

describe('the Stripe-Account header', () => {
  it('keeps every object of a direct charge on its account, and answers No such … to anyone else', async () => {
    const mine = await onboardedAccount();
    const theirs = await onboardedAccount();
    const session = await stripe.checkout.sessions.create(donation(), { stripeAccount: mine });
    const paid = await control(emulator, `/sessions/${session.id}/pay`, {
      card: '4242424242424242',
      email: 'donor@example.org',
    });
    expect(paid.status).toBe(200);
    const full = await stripe.checkout.sessions.retrieve(
      session.id,
      { expand: ['payment_intent.latest_charge.balance_transaction'] },
      { stripeAccount: mine },
    );
    const intent = full.payment_intent;
    if (typeof intent !== 'object' || intent === null) throw new Error('not expanded');
    const charge = intent.latest_charge;
    if (typeof charge !== 'object' || charge === null) throw new Error('not expanded');
    const txn = charge.balance_transaction;
    if (typeof txn !== 'object' || txn === null) throw new Error('not expanded');
    await expect(
      stripe.paymentIntents.retrieve(intent.id, {}, { stripeAccount: mine }),
    ).resolves.toMatchObject({ status: 'succeeded' });
    await expect(
      stripe.charges.retrieve(charge.id, {}, { stripeAccount: mine }),
    ).resolves.toMatchObject({ paid: true });
    await expect(
      stripe.balanceTransactions.retrieve(txn.id, {}, { stripeAccount: mine }),
    ).resolves.toMatchObject({ amount: 2500 });

    for (const other of [{ stripeAccount: theirs }, {}]) {
      const missing = await rejection(stripe.checkout.sessions.retrieve(session.id, {}, other));
      expect(missing.statusCode).toBe(404);
      expect(missing.message).toBe(`No such checkout.session: '${session.id}'`);
      expect((await rejection(stripe.paymentIntents.retrieve(intent.id, {}, other))).message).toBe(
        `No such payment_intent: '${intent.id}'`,
      );
      expect((await rejection(stripe.charges.retrieve(charge.id, {}, other))).message).toBe(
        `No such charge: '${charge.id}'`,
      );
      expect(
        (await rejection(stripe.balanceTransactions.retrieve(txn.id, {}, other))).message,
      ).toBe(`No such balance_transaction: '${txn.id}'`);
    }
    const listed = await stripe.checkout.sessions.list({ limit: 100 }, { stripeAccount: theirs });
    expect(listed.data.map(({ id }) => id)).not.toContain(session.id);

    await emulator.waitForDeliveries();
    const completed = connect.received
      .map((webhook) =>
        stripe.webhooks.constructEvent(
          webhook.body,
          String(webhook.headers['stripe-signature']),
          CONNECT_SECRET,
        ),
      )
      .find((event) => event.type === 'checkout.session.completed');
    expect(completed?.account).toBe(mine);
  });

  it('refuses an account the platform does not have, as Stripe does', async () => {
    const error = await rejection(
      stripe.checkout.sessions.create(donation(), { stripeAccount: 'acct_1NotConnected00' }),
    );
    expect(error.statusCode).toBe(403);
    expect(error.code).toBe('account_invalid');
  });

  it('keeps idempotency keys per account', async () => {
    const a = await onboardedAccount();
    const b = await onboardedAccount();
    const first = await stripe.checkout.sessions.create(donation(), {
      stripeAccount: a,
      idempotencyKey: 'checkout-plg_same',
    });
    const second = await stripe.checkout.sessions.create(donation(), {
      stripeAccount: b,
      idempotencyKey: 'checkout-plg_same',
    });
    expect(second.id).not.toBe(first.id);
  });
});
