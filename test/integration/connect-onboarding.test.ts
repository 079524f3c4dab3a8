import { findOrganisation, findOrganisationByStripeAccount, listAudit } from '@haven/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_URL } from '../support/app';
import { createConnectApp, deliverConnect } from '../support/connect-app';
import { createTestDb } from '../support/db';
import { outsideServices } from '../support/msw';
import { resendAccepts } from '../support/receipt-worker';
import { formPost, signIn } from '../support/staff';
import { connectSignature, startTestStripe } from '../support/stripe';

const NOW = new Date('2026-11-25T12:00:00Z');
const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createConnectApp(db, stripe, () => NOW);
const CAMPAIGN = '/en/wmpa/mountain-voices';

describe('an owner connects the organisation to Stripe through Account Links', () => {
  it('creates the account, onboards it on Stripe until charges are enabled, and the campaign takes gifts', async () => {
    const owner = await signIn(app, db, 'owner@wmpa.example.org', NOW);
    const home = await (await app.request('/staff', { headers: { cookie: owner.cookie } })).text();
    expect(home).toContain('data-stripe-status="unconnected"');
    const before = await (
      await app.request('/staff/stripe', { headers: { cookie: owner.cookie } })
    ).text();
    expect(before).toContain('data-status="unconnected"');
    expect(await (await app.request(CAMPAIGN)).text()).not.toContain('name="formToken"');

    const started = await app.request(
      '/staff/stripe/connect',
      formPost({ _csrf: owner.csrf }, owner.cookie),
    );
    expect(started.status).toBe(303);
    const link = started.headers.get('location') ?? '';
    expect(link.startsWith(`${stripe.apiBase}/connect/onboarding/acct_`)).toBe(true);
    const org = await findOrganisation(db, 'wmpa');
    const accountId = org?.stripeAccount?.accountId ?? '';
    expect(org?.stripeAccount).toMatchObject({ chargesEnabled: false, detailsSubmitted: false });
    expect((await findOrganisationByStripeAccount(db, accountId))?.slug).toBe('wmpa');
    // Pressed again before finishing: the same account, a fresh link.
    const again = await app.request(
      '/staff/stripe/connect',
      formPost({ _csrf: owner.csrf }, owner.cookie),
    );
    expect(again.headers.get('location')).toContain(`/connect/onboarding/${accountId}/`);
    const pending = await (
      await app.request('/staff/stripe', { headers: { cookie: owner.cookie } })
    ).text();
    expect(pending).toContain('data-status="onboarding"');

    // The owner fills in Stripe's onboarding, and Stripe sends them back.
    expect((await fetch(link)).status).toBe(200);
    const done = await fetch(link, { method: 'POST', redirect: 'manual' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${PUBLIC_URL}/staff/stripe/return`);
    const back = await app.request('/staff/stripe/return', { headers: { cookie: owner.cookie } });
    expect(back.status).toBe(200);
    expect(await back.text()).toContain('data-status="connected"');
    expect((await findOrganisation(db, 'wmpa'))?.stripeAccount).toMatchObject({
      accountId,
      chargesEnabled: true,
      detailsSubmitted: true,
    });
    expect(await (await app.request(CAMPAIGN)).text()).toContain('name="formToken"');

    // Stripe's own account.updated says the same; it changes nothing more.
    await stripe.emulator.waitForDeliveries();
    const updated = stripe.emulator
      .events()
      .filter((record) => record.account === accountId && record.event.type === 'account.updated');
    expect(updated).toHaveLength(1);
    const answer = await deliverConnect(app, updated[0]?.payload ?? '', connectSignature);
    expect(await answer.json()).toMatchObject({ chargesEnabled: true });

    const scope = { orgSlug: 'wmpa', memberId: 'x', role: 'owner' as const };
    const actions = (await listAudit(db, scope)).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'stripe.account_created',
        'stripe.onboarding_started',
        'stripe.account_updated',
      ]),
    );
    expect(actions.filter((action) => action === 'stripe.account_created')).toHaveLength(1);
  });

  it('shows a restricted account on the owner home and the Stripe page once Stripe pauses charges', async () => {
    const owner = await signIn(app, db, 'owner@iopdhr.example.org', NOW);
    const account = (await findOrganisation(db, 'iopdhr'))?.stripeAccount?.accountId ?? '';
    await deliverConnect(app, await stripe.setCharges(account, false), connectSignature);
    const home = await (await app.request('/staff', { headers: { cookie: owner.cookie } })).text();
    expect(home).toContain('data-stripe-status="restricted"');
    const page = await (
      await app.request('/staff/stripe', { headers: { cookie: owner.cookie } })
    ).text();
    expect(page).toContain('Stripe has paused charges');
  });

  it('lets only owners connect', async () => {
    const fundraiser = await signIn(app, db, 'fundraiser@mpm.example.org', NOW);
    const refused = await app.request(
      '/staff/stripe/connect',
      formPost({ _csrf: fundraiser.csrf }, fundraiser.cookie),
    );
    expect(refused.status).toBe(403);
    expect(
      (await app.request('/staff/stripe', { headers: { cookie: fundraiser.cookie } })).status,
    ).toBe(403);
  });
});
