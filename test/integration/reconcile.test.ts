import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { type CheckoutState, PledgeId } from '@haven/core';
import {
  applyCheckoutOutcome,
  assignReceiptNumber,
  createPledge,
  type Db,
  findOutboxItem,
  getPayment,
  keys,
  markOutboxAttemptFailed,
} from '@haven/db';
import {
  type Finding,
  type ReconcileOptions,
  reconcile,
  type StripeCharge,
  type StripeReader,
  stripeReader,
} from '@haven/reconcile';
import { startStripeEmulator } from '@haven/stripe-emulator';
import { createStripeClient, stripeGateway } from '@haven/stripe-gateway';
import { describe, expect, inject, it } from 'vitest';
import { createTestDb } from '../support/db';
import { deleteItem, updateItem } from '../support/raw-table';

const PAID_AT = new Date('2026-11-25T12:00:00.000Z');
const DONOR = { email: 'reconcile-donor@example.org', name: 'Reconcile Donor' };

let pledges = 0;
const nextPledgeId = () => PledgeId.parse(`plg_reconcile${String(++pledges).padStart(16, '0')}`);

type Gift = { org: string; campaign: string; currency: string; gift: number; feeCover?: number };

/** A pledge, then the real fulfilment transaction with a Checkout state as the adapter builds it. */
async function pay(db: Db, gift: Gift, settlement?: CheckoutState['settlement']) {
  const id = nextPledgeId();
  const feeCover = gift.feeCover ?? 0;
  const gross = gift.gift + feeCover;
  await createPledge(db, {
    id,
    orgSlug: gift.org,
    campaignSlug: gift.campaign,
    status: 'pending',
    frequency: 'once',
    currency: gift.currency,
    gift: gift.gift,
    feeCover,
    anonymous: false,
    message: 'A message that is personal data',
    updatesOptIn: false,
    locale: 'en',
    createdAt: PAID_AT.toISOString(),
    updatedAt: PAID_AT.toISOString(),
  });
  const fee = Math.round(gross * 0.029) + 30;
  const state: CheckoutState = {
    sessionId: `cs_test_${id}`,
    pledgeId: id,
    status: 'complete',
    paymentStatus: 'paid',
    amountTotal: gross,
    currency: gift.currency,
    settlement: settlement ?? {
      paymentIntentId: `pi_${id}`,
      chargeId: `ch_${id}`,
      gross,
      fee,
      net: gross - fee,
      currency: gift.currency,
    },
    payment: 'succeeded',
    // A person each: a campaign counts people, and these payments stand for different donors.
    customer: { ...DONOR, email: `reconcile-donor+${id}@example.org` },
  };
  const effect = await applyCheckoutOutcome(db, {
    eventKey: `evt_${id}`,
    pledgeId: id,
    outcome: 'paid',
    state,
    now: PAID_AT,
  });
  expect(effect).toBe('applied');
  // What the email worker does first when it issues the receipt.
  await assignReceiptNumber(db, id);
  return id;
}

const MPM = { org: 'mpm', campaign: 'voix-aux-nations-unies' };
const IOPDHR = { org: 'iopdhr', campaign: 'refugee-rights' };

/** A seeded table with four gifts in two organisations, three currencies. */
async function tableWithGifts() {
  const db = await createTestDb();
  const ids = [
    await pay(db, { ...MPM, currency: 'CHF', gift: 5_000, feeCover: 175 }),
    await pay(db, { ...MPM, currency: 'CHF', gift: 2_000 }),
    await pay(db, { ...MPM, currency: 'EUR', gift: 3_000 }),
    await pay(db, { ...IOPDHR, currency: 'USD', gift: 10_000, feeCover: 320 }),
  ];
  return { db, ids };
}

/** Ten minutes after the gifts: their receipt emails are due but not yet late. */
const soon = () => new Date(PAID_AT.getTime() + 10 * 60_000);

const run = (
  db: Db,
  options: ReconcileOptions = {},
  extra: { stripe?: StripeReader; now?: Date } = {},
) =>
  reconcile(
    { db, now: () => extra.now ?? soon(), stripe: extra.stripe, recheckDelayMs: 0 },
    options,
  );

const codes = (findings: Finding[]) => [...new Set(findings.map((finding) => finding.code))].sort();

describe('reconciliation against DynamoDB', () => {
  it('finds a freshly seeded table in agreement', async () => {
    const report = await run(await createTestDb());
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.organisations).toBe(5);
    expect(report.campaigns).toHaveLength(5);
    expect(report.payments).toBe(0);
    expect(report.stripe).toBeUndefined();
  });

  it('agrees with payments made through fulfilment, per currency, and reads no personal data', async () => {
    const { db } = await tableWithGifts();
    const report = await run(db);
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.payments).toBe(4);
    expect(report.campaigns.find((c) => c.org === 'mpm')).toEqual({
      org: 'mpm',
      campaign: 'voix-aux-nations-unies',
      status: 'open',
      supporters: { stored: 3, expected: 3 },
      // The fee cover is not part of the campaign's total.
      totals: [
        { currency: 'CHF', stored: 7_000, expected: 7_000 },
        { currency: 'EUR', stored: 3_000, expected: 3_000 },
      ],
    });
    expect(report.receipts).toEqual([
      { org: 'iopdhr', year: 2026, issued: 1, highest: 1, counter: 1 },
      { org: 'mpm', year: 2026, issued: 3, highest: 3, counter: 3 },
    ]);
    const text = JSON.stringify(report);
    expect(text).not.toContain('reconcile-donor');
    expect(text).not.toContain(DONOR.name);
    expect(text).not.toContain('personal data');

    const mpmOnly = await run(db, { org: 'mpm' });
    expect(mpmOnly.organisations).toBe(1);
    expect(mpmOnly.payments).toBe(3);
  });

  it('reports a campaign total that does not match its payments nor its ledger', async () => {
    const { db } = await tableWithGifts();
    // On a shard no gift happened to use: the summed shards are what is compared.
    await updateItem(db, keys.campaignTotals('mpm', 'voix-aux-nations-unies', 7), {
      expression: 'ADD raised_CHF :bump',
      values: { ':bump': 500 },
    });
    const report = await run(db);
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([
      {
        code: 'campaign_total_mismatch',
        org: 'mpm',
        campaign: 'voix-aux-nations-unies',
        currency: 'CHF',
        stored: 7_500,
        expected: 7_000,
      },
      {
        code: 'ledger_campaign_mismatch',
        org: 'mpm',
        campaign: 'voix-aux-nations-unies',
        currency: 'CHF',
        stored: 7_500,
        ledger: 7_000,
      },
    ]);
  });

  it('reports a deleted payment as a total, a supporter count and a receipt gap', async () => {
    const { db, ids } = await tableWithGifts();
    const second = ids[1] ?? '';
    expect((await getPayment(db, second)).receiptNumber).toBe('MPM-2026-000002');
    await deleteItem(db, keys.payment(second));
    const report = await run(db);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'campaign_total_mismatch',
          stored: 7_000,
          expected: 5_000,
        }),
        expect.objectContaining({ code: 'supporter_count_mismatch', stored: 3, expected: 2 }),
        { code: 'receipt_gap', org: 'mpm', year: 2026, from: 2, to: 2 },
      ]),
    );
    expect(codes(report.findings)).toEqual([
      'campaign_total_mismatch',
      'receipt_gap',
      'supporter_count_mismatch',
    ]);
  });

  it('reports a receipt counter ahead of or behind the numbers issued', async () => {
    const { db } = await tableWithGifts();
    const setCounter = (last: number) =>
      updateItem(db, keys.receiptSequence('mpm', 2026), {
        expression: 'SET #last = :last',
        names: { '#last': 'last' },
        values: { ':last': last },
      });
    await setCounter(5);
    expect((await run(db)).findings).toEqual([
      { code: 'receipt_counter_ahead', org: 'mpm', year: 2026, counter: 5, highest: 3 },
    ]);
    await setCounter(2);
    expect((await run(db)).findings).toEqual([
      { code: 'receipt_counter_behind', org: 'mpm', year: 2026, counter: 2, highest: 3 },
    ]);
  });

  it('reports a receipt number carried by two payments', async () => {
    const { db, ids } = await tableWithGifts();
    await updateItem(db, keys.payment(ids[2] ?? ''), {
      expression: 'SET receiptNumber = :number',
      values: { ':number': 'MPM-2026-000001' },
    });
    const report = await run(db);
    expect(report.findings).toContainEqual({
      code: 'receipt_duplicate',
      org: 'mpm',
      year: 2026,
      receiptNumber: 'MPM-2026-000001',
      pledgeIds: [ids[0], ids[2]].sort(),
    });
    // Number 3 now belongs to nobody, and the counter (3) is above the highest carried (2).
    expect(codes(report.findings)).toEqual(['receipt_counter_ahead', 'receipt_duplicate']);
  });

  it('reports failed receipt emails and those pending for more than an hour', async () => {
    const { db, ids } = await tableWithGifts();
    const outboxId = `receipt_${ids[0]}`;
    const item = await findOutboxItem(db, outboxId);
    if (!item) throw new Error('fulfilment queued no receipt');
    await markOutboxAttemptFailed(db, item, 'mail_rejected', null);

    const report = await run(db);
    expect(report.outbox).toEqual({ failed: 1, stuck: 0 });
    expect(report.findings).toEqual([
      {
        code: 'outbox_failed',
        outboxId,
        pledgeId: ids[0],
        attempts: 1,
        lastError: 'mail_rejected',
      },
    ]);
    // Another organisation's report leaves mpm's email out.
    expect((await run(db, { org: 'iopdhr' })).ok).toBe(true);

    const twoHoursLater = new Date(PAID_AT.getTime() + 2 * 3_600_000);
    const late = await run(db, {}, { now: twoHoursLater });
    expect(late.outbox).toEqual({ failed: 1, stuck: 3 });
    expect(late.findings.filter((f) => f.code === 'outbox_stuck')).toHaveLength(3);
  });

  it('reports a pledge that never heard back from Stripe, and only once it is overdue', async () => {
    const { db } = await tableWithGifts();
    const waiting = nextPledgeId();
    await createPledge(db, {
      id: waiting,
      orgSlug: 'mpm',
      campaignSlug: 'voix-aux-nations-unies',
      status: 'pending',
      frequency: 'once',
      currency: 'CHF',
      gift: 2_500,
      feeCover: 0,
      anonymous: true,
      updatesOptIn: false,
      locale: 'fr',
      createdAt: PAID_AT.toISOString(),
      updatedAt: PAID_AT.toISOString(),
    });
    // Within a day a Checkout session may still be open: nothing to say yet. The four paid
    // pledges left the open index when they were settled.
    expect((await run(db)).ok).toBe(true);
    const twoDaysLater = new Date(PAID_AT.getTime() + 2 * 86_400_000);
    const late = await run(db, {}, { now: twoDaysLater });
    expect(late.findings.filter((f) => f.code === 'pledge_unsettled')).toEqual([
      {
        code: 'pledge_unsettled',
        org: 'mpm',
        pledgeId: waiting,
        status: 'pending',
        createdAt: PAID_AT.toISOString(),
        checkoutSessionId: undefined,
      },
    ]);
    expect((await run(db, { org: 'iopdhr' }, { now: twoDaysLater })).findings).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ code: 'pledge_unsettled' })]),
    );
  });
});

describe('reconciliation against Stripe', () => {
  /** Stripe as our own reader interface: each charge as fulfilment recorded it, then changed. */
  async function chargesOf(db: Db, ids: string[]) {
    const charges = new Map<string, StripeCharge>();
    for (const id of ids) {
      const payment = await getPayment(db, id);
      charges.set(payment.chargeId, {
        amount: payment.gross,
        currency: payment.currency,
        fee: payment.fee,
        net: payment.net,
        settlementCurrency: payment.settlementCurrency,
        refunded: 0,
      });
    }
    return charges;
  }
  const readerOf = (charges: Map<string, StripeCharge>): StripeReader & { asked: string[] } => {
    const asked: string[] = [];
    return {
      asked,
      async getCharge(chargeId) {
        asked.push(chargeId);
        return charges.get(chargeId);
      },
    };
  };

  it('reports a fee that differs from the balance transaction and a charge Stripe does not have', async () => {
    const { db, ids } = await tableWithGifts();
    const charges = await chargesOf(db, ids);
    expect((await run(db, {}, { stripe: readerOf(charges) })).ok).toBe(true);

    const first = await getPayment(db, ids[0] ?? '');
    const fourth = await getPayment(db, ids[3] ?? '');
    const charge = charges.get(first.chargeId);
    if (!charge) throw new Error('no charge');
    charges.set(first.chargeId, { ...charge, fee: first.fee + 12 });
    charges.delete(fourth.chargeId);

    const report = await run(db, {}, { stripe: readerOf(charges) });
    expect(report.stripe).toEqual({ checked: 4 });
    expect(report.findings).toEqual(
      expect.arrayContaining([
        {
          code: 'stripe_amount_mismatch',
          org: 'mpm',
          pledgeId: first.pledgeId,
          chargeId: first.chargeId,
          field: 'fee',
          ours: first.fee,
          stripe: first.fee + 12,
        },
        {
          code: 'stripe_charge_missing',
          org: 'iopdhr',
          pledgeId: fourth.pledgeId,
          chargeId: fourth.chargeId,
        },
      ]),
    );
    expect(report.findings).toHaveLength(2);
  });

  it('asks Stripe only about recent payments when given a window', async () => {
    const { db, ids } = await tableWithGifts();
    const reader = readerOf(await chargesOf(db, ids));
    const report = await run(
      db,
      { stripeSince: new Date(PAID_AT.getTime() + 1) },
      { stripe: reader },
    );
    expect(report.stripe).toEqual({ checked: 0 });
    expect(reader.asked).toEqual([]);
  });

  it('stops asking Stripe after it fails and says so, without failing the whole run', async () => {
    const { db } = await tableWithGifts();
    const failing: StripeReader = {
      async getCharge() {
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
    };
    const report = await run(db, {}, { stripe: failing });
    expect(report.campaigns).toHaveLength(5);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'stripe_check_failed', error: 'Error:ECONNREFUSED' }),
    ]);
  });

  it('reads charges and balance transactions with the real SDK from the emulator', async () => {
    const db = await createTestDb();
    const emulator = await startStripeEmulator({ webhookSecret: 'whsec_test_reconcile' });
    try {
      const secretKey = 'sk_test_reconcile';
      const gateway = stripeGateway(createStripeClient({ secretKey, apiBase: emulator.url }), {});
      const checkout = await gateway.createCheckout({
        pledgeId: 'plg_emulatorcheckout00000000',
        orgName: 'MPM',
        campaignTitle: 'Voix',
        currency: 'CHF',
        gift: 5_000,
        feeCover: 175,
        feeCoverLabel: 'Fees',
        locale: 'en',
        successUrl: 'http://localhost/thanks',
        cancelUrl: 'http://localhost/cancel',
      });
      const paid = await fetch(`${emulator.url}/_emulator/sessions/${checkout.sessionId}/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ card: '4242424242424242', email: DONOR.email }),
      });
      expect(paid.status).toBe(200);
      const state = await gateway.getCheckout(checkout.sessionId);
      expect(state.settlement?.fee).toBeGreaterThan(0);
      const pledgeId = await pay(
        db,
        { ...MPM, currency: 'CHF', gift: 5_000, feeCover: 175 },
        state.settlement,
      );

      const reader = stripeReader({ secretKey, apiBase: emulator.url });
      const clean = await run(db, {}, { stripe: reader });
      expect(clean.findings).toEqual([]);
      expect(clean.stripe).toEqual({ checked: 1 });

      const payment = await updateItem(db, keys.payment(pledgeId), {
        expression: 'SET net = net + :one',
        values: { ':one': 1 },
      });
      expect(payment?.chargeId).toBe(state.settlement?.chargeId);
      expect(await reader.getCharge('ch_does_not_exist')).toBeUndefined();
      const tampered = await run(db, {}, { stripe: reader });
      expect(tampered.findings).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'stripe_amount_mismatch', field: 'net' }),
          expect.objectContaining({ code: 'payment_inconsistent', rule: 'net_is_gross_less_fee' }),
        ]),
      );
    } finally {
      await emulator.stop();
    }
  });
});

describe('npm run reconcile', () => {
  const cli = resolve(import.meta.dirname, '../../packages/reconcile/src/cli.ts');
  const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
  async function runCli(args: string[], env: Record<string, string>) {
    try {
      const { stdout } = await promisify(execFile)(tsx, [cli, ...args], {
        env: { PATH: process.env.PATH ?? '', ...env },
      });
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      // execFile rejects with the exit code and both outputs on a non-zero exit.
      if (error instanceof Error && 'code' in error && typeof error.code === 'number') {
        const stdout = 'stdout' in error && typeof error.stdout === 'string' ? error.stdout : '';
        const stderr = 'stderr' in error && typeof error.stderr === 'string' ? error.stderr : '';
        return { code: error.code, stdout, stderr };
      }
      throw error;
    }
  }

  it('exits 0 when all agrees, 1 with findings, 2 when misconfigured', async () => {
    const { db } = await tableWithGifts();
    const env = {
      DYNAMODB_ENDPOINT: inject('dynamoEndpoint'),
      TABLE_NAME: db.tableName,
      PUBLIC_URL: 'http://localhost:3000',
    };
    // By the wall clock the gifts' receipt emails are late, so the clean run is on a fresh table.
    const clean = await createTestDb();
    const ok = await runCli(['--org', 'mpm'], { ...env, TABLE_NAME: clean.tableName });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('OK: totals, ledger, receipts, outbox agree.');

    await updateItem(db, keys.campaignTotals('mpm', 'voix-aux-nations-unies', 0), {
      expression: 'ADD supporters :one',
      values: { ':one': 1 },
    });
    const found = await runCli(['--org', 'mpm', '--json'], env);
    expect(found.code).toBe(1);
    const report: unknown = JSON.parse(found.stdout);
    expect(report).toMatchObject({ ok: false, org: 'mpm', payments: 3 });
    expect(found.stdout).toContain('"supporter_count_mismatch"');

    const misconfigured = await runCli([], { DYNAMODB_ENDPOINT: env.DYNAMODB_ENDPOINT });
    expect(misconfigured.code).toBe(2);
    expect(misconfigured.stderr).toContain('TABLE_NAME');
  });
});
