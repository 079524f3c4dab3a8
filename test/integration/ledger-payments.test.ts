import { isBalanced } from '@haven/core';
import { findLedgerEntry, findPayment, ledgerEntries, ledgerPage } from '@haven/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { resendAccepts } from '../support/receipt-worker';
import { signature, startTestStripe } from '../support/stripe';

const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(resendAccepts());
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => edgeOfTheWorld.server.resetHandlers());
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const SCOPE = { orgSlug: 'mpm' };

async function give(amount: string, currency: string, paidAt: Date) {
  const response = await postDonationForm(app, '/fr/mpm/voix-aux-nations-unies/donate', {
    frequency: 'once',
    currency,
    amount,
    coverFee: 'on',
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const pledgeId = await stripe.pledgeOf(sessionId);
  const payload = await stripe.pay(sessionId, { paidAt });
  const delivered = await app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
  });
  expect(delivered.status).toBe(200);
  return { pledgeId, payload };
}

describe('a payment in the ledger', () => {
  it('is booked with the payment, balanced, in the settlement currency, once', async () => {
    const { pledgeId, payload } = await give('5000', 'CHF', new Date('2026-11-30T23:59:00Z'));
    const payment = await findPayment(db, pledgeId);
    if (!payment) throw new Error('no payment');
    const entry = await findLedgerEntry(db, SCOPE, `payment:${payment.chargeId}`);
    expect(entry && isBalanced(entry)).toBe(true);
    expect(entry?.currency).toBe(payment.settlementCurrency);
    expect(entry?.bookedAt).toBe(payment.paidAt);
    expect(entry?.lines).toContainEqual({
      account: 'donation_income',
      amount: -5_000,
      campaignSlug: 'voix-aux-nations-unies',
      original: { amount: -5_000, currency: 'CHF' },
    });
    expect(entry?.lines).toContainEqual({ account: 'stripe_balance', amount: payment.net });
    expect(entry?.lines).toContainEqual({ account: 'processing_fees', amount: payment.fee });

    // The same event again books nothing more.
    const again = await app.request('/webhooks/stripe', {
      method: 'POST',
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
    });
    expect(again.status).toBe(200);
    const november = [];
    for await (const e of ledgerEntries(db, SCOPE, { from: '2026-11-01', to: '2026-12-01' })) {
      november.push(e);
    }
    expect(november.map((e) => e.key)).toEqual([`payment:${payment.chargeId}`]);
  });

  it('lists a period page by page, in booking order, across months, and only its own', async () => {
    const days = ['2027-01-30', '2027-01-31', '2027-02-01', '2027-02-02', '2027-02-03'];
    for (const day of days) await give('1000', 'EUR', new Date(`${day}T12:00:00Z`));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await ledgerPage(
        db,
        SCOPE,
        { from: '2027-01-31', to: '2027-02-03' },
        { limit: 2, cursor },
      );
      seen.push(...page.entries.map((e) => e.bookedAt.slice(0, 10)));
      cursor = page.next;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual(['2027-01-31', '2027-02-01', '2027-02-02']);
    expect(pages).toBeGreaterThanOrEqual(2);
    const elsewhere = await ledgerPage(
      db,
      { orgSlug: 'wmpa' },
      { from: '2027-01-01', to: '2027-03-01' },
      { limit: 10 },
    );
    expect(elsewhere.entries).toEqual([]);
  });

  it('refuses a cursor that points into another organisation', async () => {
    const forged = Buffer.from(
      JSON.stringify({
        month: '2027-02',
        after: { gsi1pk: 'ORG#wmpa#LEDGER#2027-02', gsi1sk: 'x', pk: 'x', sk: 'x' },
      }),
    ).toString('base64url');
    await expect(
      ledgerPage(db, SCOPE, { from: '2027-02-01', to: '2027-03-01' }, { limit: 2, cursor: forged }),
    ).rejects.toThrow('invalid page cursor');
  });
});
