import { trialBalance } from '@haven/core';
import {
  findCampaign,
  findLedgerEntry,
  findOutboxItem,
  findPayment,
  ledgerEntries,
  payoutEntries,
} from '@haven/db';
import { sendOutboxItem } from '@haven/outbox';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { deliverTo, moneyMove } from '../support/money';
import { outsideServices } from '../support/msw';
import { createPaymentsApp } from '../support/payments-app';
import { receiptWorker } from '../support/receipt-worker';
import { startTestStripe } from '../support/stripe';

const SentBody = z.object({
  to: z.string(),
  subject: z.string(),
  html: z.string(),
  text: z.string(),
});
const sent: z.infer<typeof SentBody>[] = [];
const stripe = await startTestStripe();
const edgeOfTheWorld = outsideServices(
  http.post('https://api.resend.com/emails', async ({ request }) => {
    sent.push(SentBody.parse(await request.json()));
    return HttpResponse.json({ id: `email_${sent.length}` });
  }),
);
beforeAll(() => edgeOfTheWorld.listen());
afterEach(() => {
  edgeOfTheWorld.server.resetHandlers();
  sent.length = 0;
});
afterAll(async () => {
  edgeOfTheWorld.close();
  await stripe.stop();
});

const db = await createTestDb();
const app = createPaymentsApp(db, stripe);
const worker = receiptWorker(db);
const SCOPE = { orgSlug: 'mpm' };
const CAMPAIGN = 'voix-aux-nations-unies';

async function paidGift(amount: number, locale = 'fr') {
  const response = await postDonationForm(app, `/${locale}/mpm/${CAMPAIGN}/donate`, {
    frequency: 'once',
    currency: 'CHF',
    amount: String(amount),
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const pledgeId = await stripe.pledgeOf(sessionId);
  expect((await deliverTo(app, await stripe.pay(sessionId))).status).toBe(200);
  const payment = await findPayment(db, pledgeId);
  if (!payment) throw new Error('not paid');
  return payment;
}

const raised = async () => (await findCampaign(db, 'mpm', CAMPAIGN))?.totals.CHF?.amount ?? 0;

async function deliverAll(payloads: string[]) {
  for (const payload of payloads) expect((await deliverTo(app, payload)).status).toBe(200);
}

describe('refunds from the Dashboard', () => {
  it('several partial refunds book once each, whatever the events do, and lower the total', async () => {
    const payment = await paidGift(6_000);
    const before = await raised();
    const first = await moneyMove(stripe, `/charges/${payment.chargeId}/refund`, { amount: 1_000 });
    const second = await moneyMove(stripe, `/charges/${payment.chargeId}/refund`, {
      amount: 2_000,
    });
    // Shuffled and duplicated: the second refund's events first, then everything twice.
    await deliverAll([
      ...second.payloads,
      ...first.payloads,
      ...first.payloads,
      ...second.payloads,
    ]);
    expect(await raised()).toBe(before - 3_000);
    const stored = await findPayment(db, payment.pledgeId);
    expect(stored?.refunded).toBe(3_000);
    const entry = await findLedgerEntry(db, SCOPE, `refund:${first.id}`);
    expect(entry?.lines).toContainEqual({
      account: 'refunds',
      amount: 1_000,
      campaignSlug: CAMPAIGN,
      original: { amount: 1_000, currency: 'CHF' },
    });
    expect(entry?.lines).toContainEqual({ account: 'stripe_balance', amount: -1_000 });
    expect(await findOutboxItem(db, `refund_${first.id}`)).toMatchObject({ kind: 'refund' });
  });

  it('a full refund voids the receipt and takes the supporter off; the donor is told in French', async () => {
    const payment = await paidGift(2_500);
    await sendOutboxItem(worker, `receipt_${payment.pledgeId}`);
    const receipt = (await findPayment(db, payment.pledgeId))?.receiptNumber;
    const supporters = (await findCampaign(db, 'mpm', CAMPAIGN))?.supporters ?? 0;
    const refund = await moneyMove(stripe, `/charges/${payment.chargeId}/refund`, {});
    await deliverAll(refund.payloads);
    expect((await findCampaign(db, 'mpm', CAMPAIGN))?.supporters).toBe(supporters - 1);
    sent.length = 0;
    expect(await sendOutboxItem(worker, `refund_${refund.id}`)).toBe('sent');
    const email = sent[0];
    expect(email?.subject).toContain('Votre don a été remboursé');
    expect(email?.text).toContain(`Le reçu \u2066${receipt}\u2069 est annulé.`);
    const stored = await findPayment(db, payment.pledgeId);
    expect(stored?.receiptVoided).toBe(true);
    expect(stored?.receiptHistory).toEqual([{ refundId: refund.id, voided: receipt }]);
  });

  it('a partial refund reissues the receipt under a new number, linked to the old one', async () => {
    const payment = await paidGift(4_000, 'es');
    await sendOutboxItem(worker, `receipt_${payment.pledgeId}`);
    const old = (await findPayment(db, payment.pledgeId))?.receiptNumber ?? '';
    const refund = await moneyMove(stripe, `/charges/${payment.chargeId}/refund`, {
      amount: 1_500,
    });
    await deliverAll(refund.payloads);
    await sendOutboxItem(worker, `refund_${refund.id}`);
    // A retried send shows the same numbers, and takes no other.
    await sendOutboxItem(worker, `refund_${refund.id}`);
    const stored = await findPayment(db, payment.pledgeId);
    const reissued = stored?.receiptNumber ?? '';
    expect(reissued).not.toBe(old);
    expect(Number(reissued.slice(-6))).toBeGreaterThan(Number(old.slice(-6)));
    expect(stored?.receiptHistory).toEqual([{ refundId: refund.id, voided: old, reissued }]);
    expect(sent.at(-1)?.subject).toContain('reembolsada');
    expect(sent.at(-1)?.text).toMatch(/te ha reembolsado 15\s+CHF/);
    expect(sent.at(-1)?.text).toMatch(/Donación conservada\s+25\s+CHF/);
  });

  it('refuses more than the charge has left, and books nothing', async () => {
    const payment = await paidGift(1_000);
    await expect(
      moneyMove(stripe, `/charges/${payment.chargeId}/refund`, { amount: 1_001 }),
    ).rejects.toThrow(/amount_too_large/);
    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(0);
  });
});

describe('disputes', () => {
  it('a won dispute takes the gift off the total, then gives it back; the fee stays booked', async () => {
    const payment = await paidGift(3_000);
    const before = await raised();
    const opened = await moneyMove(stripe, `/charges/${payment.chargeId}/dispute`, {});
    await deliverAll(opened.payloads);
    expect(await raised()).toBe(before - 3_000);
    expect((await findPayment(db, payment.pledgeId))?.disputeStatus).toBe('open');
    const closed = await moneyMove(stripe, `/disputes/${opened.id}/close`, { outcome: 'won' });
    await deliverAll([...closed.payloads].reverse());
    await deliverAll([...opened.payloads, ...closed.payloads]);
    expect(await raised()).toBe(before);
    const stored = await findPayment(db, payment.pledgeId);
    expect([stored?.disputeStatus, stored?.disputed]).toEqual(['won', 0]);
    const withdrawal = await findLedgerEntry(db, SCOPE, `dispute_withdrawal:${opened.id}`);
    expect(withdrawal?.lines).toContainEqual({ account: 'dispute_fees', amount: 1_500 });
    expect(await findLedgerEntry(db, SCOPE, `dispute_reinstatement:${opened.id}`)).toBeDefined();
  });

  it('a lost dispute keeps the gift off the total and marks the payment lost', async () => {
    const payment = await paidGift(2_000);
    const before = await raised();
    const opened = await moneyMove(stripe, `/charges/${payment.chargeId}/dispute`, {});
    const closed = await moneyMove(stripe, `/disputes/${opened.id}/close`, { outcome: 'lost' });
    await deliverAll([...closed.payloads, ...opened.payloads]);
    expect(await raised()).toBe(before - 2_000);
    expect((await findPayment(db, payment.pledgeId))?.disputeStatus).toBe('lost');
  });
});

describe('payouts', () => {
  it('books the balance to the bank and files its parts, which sum to the payout', async () => {
    const payout = await moneyMove(stripe, '/payouts', { currency: 'chf' });
    await deliverAll([...payout.payloads, ...payout.payloads]);
    const entry = await findLedgerEntry(db, SCOPE, `payout:${payout.id}`);
    const bank = entry?.lines.find((line) => line.account === 'bank')?.amount ?? 0;
    expect(bank).toBeGreaterThan(0);
    let parts = 0;
    let sum = 0;
    for await (const part of payoutEntries(db, SCOPE, payout.id)) {
      parts += 1;
      sum += part.lines.find((line) => line.account === 'stripe_balance')?.amount ?? 0;
    }
    expect(parts).toBeGreaterThan(5);
    expect(sum).toBe(bank);
    // Every account over the whole ledger: the Stripe balance is empty once all is paid out.
    const all = [];
    for await (const e of ledgerEntries(db, SCOPE, { from: '2026-01-01', to: '2028-01-01' })) {
      all.push(e);
    }
    expect(trialBalance(all).get('CHF')?.get('stripe_balance')).toBe(0);
  });

  it('a failed payout brings the money back to the Stripe balance', async () => {
    await paidGift(1_200);
    const failed = await moneyMove(stripe, '/payouts', { currency: 'chf', fail: true });
    await deliverAll(failed.payloads);
    const back = await findLedgerEntry(db, SCOPE, `payout_failure:${failed.id}`);
    expect(back?.lines.find((line) => line.account === 'bank')?.amount).toBeLessThan(0);
  });
});
