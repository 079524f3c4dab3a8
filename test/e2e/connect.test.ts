import { createOrganisation, findOrganisation, findPayment, findPledge } from '@haven/db';
import {
  demoOrganisations,
  demoStripeAccountId,
  type LocalStack,
  startLocalStack,
} from '@haven/local';
import type { Browser } from 'playwright-core';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from '../support/browser';
import { deleteItem } from '../support/raw-table';
import { linkSentTo } from '../support/staff-link-email';

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  // The same composition as `npm start` (Connect mode, the emulator, the dev outbox).
  stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `e2e-connect-${Date.now()}`,
    stripeEmulatorPort: 0,
    outboxIntervalMs: 100,
    env: { LOG_LEVEL: 'silent' },
  });
  // This test's own starting point: the Geneva NGO as it was before it connected Stripe.
  const mpm = demoOrganisations.find((org) => org.slug === 'mpm');
  if (!mpm) throw new Error('no mpm in the demo data');
  await deleteItem(stack.db, { pk: 'ORG#mpm', sk: '#PROFILE' });
  await deleteItem(stack.db, { pk: `STRIPE_ACCOUNT#${demoStripeAccountId('mpm')}`, sk: '#ORG' });
  await createOrganisation(stack.db, mpm);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the Geneva NGO connects its own Stripe account', () => {
  it("an owner connects Stripe through its onboarding page, and a supporter's gift reaches the NGO's own account", async () => {
    const supporter = await browser.newPage({ locale: 'fr-CH' });
    await supporter.goto(`${stack.url}/fr/mpm/voix-aux-nations-unies`);
    expect(await supporter.locator('.donate-box').innerText()).toContain(
      'ne peut pas encore recevoir de dons en ligne',
    );
    expect(await supporter.locator('form[action$="/donate"]').count()).toBe(0);

    const owner = await (await browser.newContext({ locale: 'fr-CH' })).newPage();
    await owner.goto(`${stack.url}/staff/sign-in`);
    await owner.getByLabel('Adresse e-mail').fill('owner@mpm.example.org');
    await owner.getByRole('button', { name: 'M’envoyer un lien de connexion' }).click();
    await owner.goto(await linkSentTo(stack.db, 'owner@mpm.example.org', /connexion/));
    await owner.getByRole('button', { name: 'Se connecter' }).click();
    await owner.waitForURL(`${stack.url}/staff`);
    expect(await owner.locator('main').innerText()).toContain('Stripe : non connecté');
    await owner.getByRole('link', { name: 'Gérer les paiements Stripe' }).click();
    await owner.getByRole('button', { name: 'Se connecter avec Stripe' }).click();

    // Stripe's hosted onboarding (the emulator's page), then back to the staff pages.
    await owner.waitForURL(/\/connect\/onboarding\/acct_/);
    await owner.screenshot({ path: `${SCREENSHOTS}/connect-onboarding.png`, fullPage: true });
    await owner.getByRole('button', { name: 'Submit details and finish onboarding' }).click();
    await owner.waitForURL(`${stack.url}/staff/stripe/return`);
    expect(await owner.locator('main').innerText()).toContain('Connecté');
    await owner.screenshot({ path: `${SCREENSHOTS}/connect-connected-fr.png`, fullPage: true });
    const accountId = (await findOrganisation(stack.db, 'mpm'))?.stripeAccount?.accountId ?? '';
    expect(accountId).toMatch(/^acct_/);
    expect(accountId).not.toBe(demoStripeAccountId('mpm'));

    await supporter.reload();
    await supporter.getByLabel('100 CHF').check();
    await supporter.getByRole('button', { name: 'Continuer vers le paiement' }).click();
    await supporter.waitForURL(/\/c\/pay\/cs_test_/);
    await supporter.fill('#email', 'donor@example.org');
    await supporter.fill('#card', '4242 4242 4242 4242');
    await supporter.locator('button[type="submit"]').click();
    await supporter.waitForURL(/\/fr\/mpm\/voix-aux-nations-unies\/thanks\?session_id=cs_test_/);
    expect(await supporter.locator('h1').innerText()).toBe('Merci ! Votre don a bien été reçu');
    const sessionId = new URL(supporter.url()).searchParams.get('session_id') ?? '';

    // In the emulator, through the Stripe-Account header: the whole payment is on the NGO's account.
    const emulator = stack.stripeEmulator;
    if (!emulator) throw new Error('no emulator');
    const stripe = new Stripe('sk_test_e2e', {
      host: '127.0.0.1',
      port: emulator.port,
      protocol: 'http',
    });
    const onAccount = { stripeAccount: accountId };
    const session = await stripe.checkout.sessions.retrieve(
      sessionId,
      { expand: ['payment_intent.latest_charge.balance_transaction'] },
      onAccount,
    );
    expect(session.payment_status).toBe('paid');
    const platformSessions = await stripe.checkout.sessions.list({ limit: 100 });
    expect(platformSessions.data.map(({ id }) => id)).not.toContain(sessionId);
    const pledgeId = session.client_reference_id ?? '';
    await expect.poll(async () => (await findPledge(stack.db, pledgeId))?.status).toBe('paid');
    const payment = await findPayment(stack.db, pledgeId);
    const charge = await stripe.charges.retrieve(payment?.chargeId ?? '', {}, onAccount);
    expect(charge.amount).toBe(10_000);
    // The Connect endpoint got the event, with the account, and answered it.
    await emulator.waitForDeliveries();
    const completed = emulator
      .events()
      .find(
        (record) =>
          record.sessionId === sessionId && record.event.type === 'checkout.session.completed',
      );
    expect(completed?.account).toBe(accountId);
    expect(completed?.deliveries.some((delivery) => delivery.status === 200)).toBe(true);
  });
});
