import { createOrganisation, findOrganisation, findPayment, findPledge } from '@haven/db';
import { demoOrganisations, demoStripeAccountId } from '@haven/local';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../support/browser';
import { e2eStack, signInAsStaff } from '../support/e2e-stack';
import { deleteItem } from '../support/raw-table';

// The same composition as `npm start`, and Chromium.
const e2e = e2eStack('connect', {
  prepare: async (stack) => {
    // This test's own starting point: the Geneva NGO as it was before it connected Stripe.
    const mpm = demoOrganisations.find((org) => org.slug === 'mpm');
    if (!mpm) throw new Error('no mpm in the demo data');
    await deleteItem(stack.db, { pk: 'ORG#mpm', sk: '#PROFILE' });
    await deleteItem(stack.db, { pk: `STRIPE_ACCOUNT#${demoStripeAccountId('mpm')}`, sk: '#ORG' });
    await createOrganisation(stack.db, mpm);
  },
});

describe('the Geneva NGO connects its own Stripe account', () => {
  it("an owner connects Stripe through its onboarding page, and a supporter's gift reaches the NGO's own account", async () => {
    const supporter = await e2e.browser.newPage({ locale: 'fr-CH' });
    await supporter.goto(`${e2e.stack.url}/fr/mpm/voix-aux-nations-unies`);
    expect(await supporter.locator('.donate-box').innerText()).toContain(
      'ne peut pas encore recevoir de dons en ligne',
    );
    expect(await supporter.locator('form[action$="/donate"]').count()).toBe(0);

    const owner = await (await e2e.browser.newContext({ locale: 'fr-CH' })).newPage();
    await signInAsStaff(owner, e2e.stack, 'owner@mpm.example.org');
    expect(await owner.locator('main').innerText()).toContain('Stripe : non connecté');
    await owner.getByRole('link', { name: 'Gérer les paiements Stripe' }).click();
    await owner.getByRole('button', { name: 'Se connecter avec Stripe' }).click();

    // Stripe's hosted onboarding (the emulator's page), then back to the staff pages.
    await owner.waitForURL(/\/connect\/onboarding\/acct_/);
    await owner.screenshot({ path: `${SCREENSHOTS}/connect-onboarding.png`, fullPage: true });
    await owner.getByRole('button', { name: 'Submit details and finish onboarding' }).click();
    await owner.waitForURL(`${e2e.stack.url}/staff/stripe/return`);
    expect(await owner.locator('main').innerText()).toContain('Connecté');
    await owner.screenshot({ path: `${SCREENSHOTS}/connect-connected-fr.png`, fullPage: true });
    const accountId = (await findOrganisation(e2e.stack.db, 'mpm'))?.stripeAccount?.accountId ?? '';
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
    const emulator = e2e.stack.stripeEmulator;
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
    await expect.poll(async () => (await findPledge(e2e.stack.db, pledgeId))?.status).toBe('paid');
    const payment = await findPayment(e2e.stack.db, pledgeId);
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
