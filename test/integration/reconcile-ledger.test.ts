import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  findCampaign,
  findLedgerEntry,
  findOutboxItem,
  findPayment,
  keys,
  ledgerEntryItem,
  payoutEntries,
} from '@haven/db';
import { demoStripeAccountId } from '@haven/local';
import {
  reconcile,
  stripeLedgerSource,
  stripeLostSessionRepair,
  stripeReader,
} from '@haven/reconcile';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import * as z from 'zod';
import { createConnectApp, deliverConnect } from '../support/connect-app';
import { createTestDb } from '../support/db';
import { postDonationForm } from '../support/donate-form';
import { moneyMove } from '../support/money';
import { outsideServices } from '../support/msw';
import { batchPutItems, deleteItem } from '../support/raw-table';
import { resendAccepts } from '../support/receipt-worker';
import { connectSignature, STRIPE_KEY, startTestStripe } from '../support/stripe';

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
const options = { secretKey: STRIPE_KEY, apiBase: stripe.apiBase };
const MPM = { org: 'mpm', slug: 'voix-aux-nations-unies', account: demoStripeAccountId('mpm') };
const SCOPE = { orgSlug: MPM.org };

/** What `npm run reconcile` and the daily job run with Stripe configured (Connect). */
const run = () =>
  reconcile(
    {
      db,
      now: () => NOW,
      stripe: stripeReader(options),
      lostSessions: stripeLostSessionRepair(options),
      stripeLedger: stripeLedgerSource(options),
      connect: true,
      recheckDelayMs: 0,
    },
    { lostSessionsSince: new Date(Date.now() - 3_600_000) },
  );

/** A gift to MPM through the form, paid on MPM's account and settled by its Connect event. */
async function paidGift(amount: number) {
  const response = await postDonationForm(app, `/fr/mpm/${MPM.slug}/donate`, {
    frequency: 'once',
    currency: 'CHF',
    amount: String(amount),
  });
  const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
  const pledgeId = await stripe.pledgeOf(sessionId, MPM.account);
  const answer = await deliverConnect(app, await stripe.pay(sessionId), connectSignature);
  expect(answer.status).toBe(200);
  const payment = await findPayment(db, pledgeId);
  if (!payment) throw new Error('not paid');
  return payment;
}

const raised = async () => (await findCampaign(db, MPM.org, MPM.slug))?.totals.CHF?.amount ?? 0;

describe('reconciliation books the money Stripe moved but whose webhook never came', () => {
  it('a refund made in the Dashboard: booked once, off the campaign, the donor told', async () => {
    const payment = await paidGift(4_000);
    const before = await raised();
    const refund = await moneyMove(stripe, `/charges/${payment.chargeId}/refund`, {
      amount: 1_500,
    }); // its events are never delivered

    const report = await run();
    expect(report.findings).toEqual([]);
    expect(report.stripeLedger?.repaired).toEqual([
      { org: MPM.org, object: 'refund', stripeId: refund.id },
    ]);
    const entry = await findLedgerEntry(db, SCOPE, `refund:${refund.id}`);
    expect(entry?.lines).toContainEqual({ account: 'stripe_balance', amount: -1_500 });
    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(1_500);
    expect(await raised()).toBe(before - 1_500);
    expect(await findOutboxItem(db, `refund_${refund.id}`)).toMatchObject({
      pledgeId: payment.pledgeId,
    });

    // The webhook arriving late, and a second run, book nothing twice.
    for (const payload of refund.payloads) {
      expect((await deliverConnect(app, payload, connectSignature)).status).toBe(200);
    }
    const again = await run();
    expect(again.findings).toEqual([]);
    expect(again.stripeLedger?.repaired).toEqual([]);
    expect((await findPayment(db, payment.pledgeId))?.refunded).toBe(1_500);
  });

  it('a dispute the bank opened: its withdrawal booked and the campaign lowered', async () => {
    const payment = await paidGift(3_000);
    const before = await raised();
    const dispute = await moneyMove(stripe, `/charges/${payment.chargeId}/dispute`);

    const report = await run();
    expect(report.findings).toEqual([]);
    expect(report.stripeLedger?.repaired).toEqual([
      { org: MPM.org, object: 'dispute', stripeId: dispute.id },
    ]);
    expect(await findLedgerEntry(db, SCOPE, `dispute_withdrawal:${dispute.id}`)).toMatchObject({
      kind: 'dispute_withdrawal',
    });
    expect(await findPayment(db, payment.pledgeId)).toMatchObject({
      disputed: 3_000,
      disputeStatus: 'open',
    });
    expect(await raised()).toBe(before - 3_000);

    // Won later, its events lost too: the reinstatement is booked and the gift counts again.
    await moneyMove(stripe, `/disputes/${dispute.id}/close`, { outcome: 'won' });
    const won = await run();
    expect(won.findings).toEqual([]);
    expect(await findLedgerEntry(db, SCOPE, `dispute_reinstatement:${dispute.id}`)).toBeDefined();
    expect(await raised()).toBe(before);
  });

  it('a dispute lost while its closing event was lost: the payment, and so the export, says lost', async () => {
    const payment = await paidGift(2_000);
    const dispute = await moneyMove(stripe, `/charges/${payment.chargeId}/dispute`);
    for (const payload of dispute.payloads) {
      expect((await deliverConnect(app, payload, connectSignature)).status).toBe(200);
    }
    expect(await findPayment(db, payment.pledgeId)).toMatchObject({ disputeStatus: 'open' });
    await moneyMove(stripe, `/disputes/${dispute.id}/close`, { outcome: 'lost' });

    const report = await run();
    expect(report.findings).toEqual([]);
    expect(report.stripeLedger?.repaired).toEqual([
      { org: MPM.org, object: 'dispute', stripeId: dispute.id },
    ]);
    expect(await findPayment(db, payment.pledgeId)).toMatchObject({
      disputeStatus: 'lost',
      disputed: 2_000,
    });
    expect((await run()).stripeLedger?.repaired).toEqual([]);
  });

  it("a payout of the account's balance: booked balance to bank, every part it paid filed", async () => {
    const payout = await moneyMove(stripe, '/payouts', { currency: 'chf', account: MPM.account });

    const report = await run();
    expect(report.findings).toEqual([]);
    expect(report.stripeLedger?.repaired).toEqual([
      { org: MPM.org, object: 'payout', stripeId: payout.id },
    ]);
    const entry = await findLedgerEntry(db, SCOPE, `payout:${payout.id}`);
    expect(entry?.lines.find((line) => line.account === 'bank')?.amount).toBeGreaterThan(0);
    const filed: string[] = [];
    for await (const part of payoutEntries(db, SCOPE, payout.id)) filed.push(part.kind);
    expect(new Set(filed)).toEqual(
      new Set(['payment', 'refund', 'dispute_withdrawal', 'dispute_reinstatement']),
    );
    expect(report.ledger).toContainEqual(
      expect.objectContaining({ org: MPM.org, currency: 'CHF' }),
    );
    const chf = report.ledger.find((books) => books.org === MPM.org && books.currency === 'CHF');
    expect(chf?.debits).toBe(chf?.credits);
  });
});

describe('npm run reconcile', () => {
  const cli = resolve(import.meta.dirname, '../../packages/reconcile/src/cli.ts');
  const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
  const Report = z.looseObject({
    ok: z.boolean(),
    findings: z.array(z.unknown()),
    stripeLedger: z.object({
      repaired: z.array(z.object({ org: z.string(), object: z.string(), stripeId: z.string() })),
    }),
  });

  it("books a refund whose webhook was dropped, on the organisation's own account, and exits 0", async () => {
    // By the wall clock, as the command runs: the gift's receipt email is due now, not late.
    const live = createConnectApp(db, stripe, () => new Date());
    const IMN = { org: 'iraqi-minorities-network', slug: 'warmth-for-displaced-families' };
    const account = demoStripeAccountId(IMN.org);
    const response = await postDonationForm(live, `/en/${IMN.org}/${IMN.slug}/donate`, {
      frequency: 'once',
      currency: 'USD',
      amount: '3000',
    });
    const sessionId = /cs_test_\w+/.exec(response.headers.get('location') ?? '')?.[0] ?? '';
    const pledgeId = await stripe.pledgeOf(sessionId, account);
    await deliverConnect(live, await stripe.pay(sessionId), connectSignature);
    const payment = await findPayment(db, pledgeId);
    const refund = await moneyMove(stripe, `/charges/${payment?.chargeId}/refund`, {
      amount: 1_000,
    });

    const { stdout } = await promisify(execFile)(tsx, [cli, '--org', IMN.org, '--json'], {
      env: {
        PATH: process.env.PATH ?? '',
        DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
        TABLE_NAME: db.tableName,
        PUBLIC_URL: 'http://localhost:3000',
        STRIPE_SECRET_KEY: STRIPE_KEY,
        STRIPE_API_BASE: stripe.apiBase,
        STRIPE_MODE: 'connect',
        LOG_LEVEL: 'silent',
      },
    });
    const report = Report.parse(JSON.parse(stdout));
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.stripeLedger.repaired).toEqual([
      { org: IMN.org, object: 'refund', stripeId: refund.id },
    ]);
    expect(await findLedgerEntry(db, { orgSlug: IMN.org }, `refund:${refund.id}`)).toMatchObject({
      kind: 'refund',
      currency: 'USD',
    });
    expect((await findPayment(db, pledgeId))?.refunded).toBe(1_000);
  });
});

describe('reconciliation reports what it cannot mend', () => {
  it('a campaign total its ledger does not add up to', async () => {
    const payment = await paidGift(2_500);
    // The payment's entry lost (never possible through the code: it is in the payment's
    // transaction), without Stripe to book anything back.
    await deleteItem(db, keys.ledgerEntry(MPM.org, `payment:${payment.chargeId}`));
    const report = await reconcile({ db, now: () => NOW, recheckDelayMs: 0, connect: true });
    const total = await raised();
    expect(report.findings).toEqual([
      {
        code: 'ledger_campaign_mismatch',
        org: MPM.org,
        campaign: MPM.slug,
        currency: 'CHF',
        stored: total,
        ledger: total - 2_500,
      },
    ]);
  });

  it('an unbalanced entry for a refund Stripe never made: reported, never deleted', async () => {
    const entry = {
      orgSlug: MPM.org,
      key: 'refund:re_NeverAtStripe',
      kind: 'refund' as const,
      bookedAt: new Date().toISOString(),
      currency: 'CHF',
      lines: [
        { account: 'stripe_balance' as const, amount: -500 },
        { account: 'bank' as const, amount: 400 },
      ],
      source: { stripeId: 're_NeverAtStripe' },
    };
    await batchPutItems(db, [ledgerEntryItem(entry)]);
    const report = await run();
    expect(report.findings).toEqual(
      expect.arrayContaining([
        {
          code: 'ledger_entry_unbalanced',
          org: MPM.org,
          key: entry.key,
          currency: 'CHF',
          difference: -100,
        },
        expect.objectContaining({ code: 'ledger_unbalanced', org: MPM.org, currency: 'CHF' }),
        {
          code: 'ledger_entry_unknown_to_stripe',
          org: MPM.org,
          key: entry.key,
          object: 'refund',
          stripeId: 're_NeverAtStripe',
        },
      ]),
    );
    expect(await findLedgerEntry(db, SCOPE, entry.key)).toMatchObject({ key: entry.key });
  });
});
