import { findCampaign, findLedgerEntry, findPayment, listAudit } from '@haven/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { deliverTo } from '../support/money';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { resendAccepts } from '../support/receipt-worker';
import { formPost, signIn } from '../support/staff';
import { startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createPaymentsApp(db, stripe, () => now);
const CAMPAIGN = 'voix-aux-nations-unies';
const finance = await signIn(app, db, 'finance@mpm.example.org', now);
const owner = await signIn(app, db, 'owner@mpm.example.org', now);
const otherFinance = await signIn(app, db, 'finance@wmpa.example.org', now);

async function paidGift(amount: number) {
  const response = await postDonationForm(app, `/fr/mpm/${CAMPAIGN}/donate`, {
    frequency: 'once',
    currency: 'CHF',
    amount: String(amount),
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const pledgeId = await stripe.pledgeOf(sessionId);
  await deliverTo(app, await stripe.pay(sessionId));
  return pledgeId;
}

const page = (pledgeId: string, session = finance) =>
  app.request(`/staff/payments/${pledgeId}`, { headers: { cookie: session.cookie } });

const formIdIn = (html: string) => /name="formId" value="([^"]+)"/.exec(html)?.[1] ?? '';

const refund = (pledgeId: string, fields: Record<string, string>, session = finance) =>
  app.request(
    `/staff/payments/${pledgeId}/refund`,
    formPost({ reason: 'requested_by_customer', ...fields, _csrf: session.csrf }, session.cookie),
  );

const raised = async () => (await findCampaign(db, 'mpm', CAMPAIGN))?.totals.CHF?.amount ?? 0;

describe('a refund by finance staff', () => {
  it('refunds part of a gift once, books it, lowers the total and is audited', async () => {
    const pledgeId = await paidGift(5_000);
    const before = await raised();
    const shown = await page(pledgeId);
    expect(shown.status).toBe(200);
    const formId = formIdIn(await shown.text());
    const done = await refund(pledgeId, { amount: '12,50', formId });
    expect(done.status).toBe(303);
    // The same form sent again (a double click) refunds nothing more.
    expect((await refund(pledgeId, { amount: '12,50', formId })).status).toBe(303);
    const payment = await findPayment(db, pledgeId);
    expect(payment?.refunded).toBe(1_250);
    expect(await raised()).toBe(before - 1_250);
    // Stripe's own events arrive afterwards and find the refund booked.
    for (const { payload } of stripe.emulator
      .events()
      .filter(({ event }) => event.type === 'charge.refunded' || event.type === 'refund.created')) {
      expect((await deliverTo(app, payload)).status).toBe(200);
    }
    expect((await findPayment(db, pledgeId))?.refunded).toBe(1_250);
    const audit = await listAudit(db, { orgSlug: 'mpm', memberId: '', role: 'owner' });
    expect(audit.find((entry) => entry.action === 'payment.refunded')?.subject).toBe(pledgeId);
    const after = await page(pledgeId);
    expect(await after.text()).toContain('12.50');
    expect(
      await findLedgerEntry(db, { orgSlug: 'mpm' }, `payment:${payment?.chargeId}`),
    ).toBeDefined();
  });

  it('refuses more than is left, changing nothing, with a message in French', async () => {
    const pledgeId = await paidGift(2_000);
    const formId = formIdIn(await (await page(pledgeId)).text());
    const refused = await refund(pledgeId, { amount: '20,01', formId });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('ne dépasse pas');
    const garbage = await refund(pledgeId, { amount: 'beaucoup', formId });
    expect(garbage.status).toBe(422);
    expect((await findPayment(db, pledgeId))?.refunded).toBe(0);
  });

  it('is finance’s alone, and another organisation’s gift is not found', async () => {
    const pledgeId = await paidGift(1_000);
    const formId = formIdIn(await (await page(pledgeId)).text());
    expect((await page(pledgeId, owner)).status).toBe(200);
    expect((await refund(pledgeId, { amount: '1', formId }, owner)).status).toBe(403);
    expect((await page(pledgeId, otherFinance)).status).toBe(404);
    expect((await refund(pledgeId, { amount: '1', formId }, otherFinance)).status).toBe(404);
    expect((await findPayment(db, pledgeId))?.refunded).toBe(0);
  });
});

describe('the ledger page', () => {
  it('shows finance the period’s entries in French, refunds included; viewers may not', async () => {
    await paidGift(3_000);
    const viewer = await signIn(app, db, 'viewer@mpm.example.org', now);
    const url = '/staff/ledger?from=2026-01-01&to=2028-01-01';
    const shown = await app.request(url, { headers: { cookie: finance.cookie } });
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain('Grand livre');
    expect(html).toContain('4000 Produits des dons');
    expect(html).toContain('Remboursement');
    expect((await app.request(url, { headers: { cookie: viewer.cookie } })).status).toBe(403);
    const backwards = await app.request('/staff/ledger?from=2027-01-01&to=2026-01-01', {
      headers: { cookie: finance.cookie },
    });
    expect(backwards.status).toBe(400);
    const forged = await app.request(`${url}&page=bm90LWEtY3Vyc29y`, {
      headers: { cookie: finance.cookie },
    });
    expect(forged.status).toBe(400);
  });
});
