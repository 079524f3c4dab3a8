import {
  type BookedPayment,
  bookPayment,
  bookPayout,
  bookRefund,
  type LedgerEntry,
} from '@haven/core';
import { bookLedgerEntry, linkPayoutEntries } from '@haven/db';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { csvOf } from '../support/csv-download';
import { createTestDb } from '../support/db';
import { formPost, signIn } from '../support/staff';

const db = await createTestDb();
const now = new Date('2026-11-25T12:00:00Z');
const app = createTestApp(db, now);
const finance = await signIn(app, db, 'finance@mpm.example.org', now);
const elsewhere = await signIn(app, db, 'finance@wmpa.example.org', now);

const payment = (i: number, over: Partial<BookedPayment> = {}): BookedPayment => ({
  orgSlug: 'mpm',
  pledgeId: `pl_${i}`,
  campaignSlug: 'voix-aux-nations-unies',
  currency: 'CHF',
  gift: 5_000,
  feeCover: 175,
  gross: 5_175,
  fee: 180,
  net: 4_995,
  settlementCurrency: 'CHF',
  paidAt: `2026-03-0${i}T10:00:00.000Z`,
  chargeId: `ch_${i}`,
  paymentIntentId: `pi_${i}`,
  ...over,
});
const first = payment(1);
const second = payment(2);
// A euro gift settled in francs: the entry is in CHF, the gift's EUR beside it.
const euros = payment(3, {
  currency: 'EUR',
  gift: 2_000,
  feeCover: 0,
  gross: 1_900,
  fee: 85,
  net: 1_815,
});
const refund = bookRefund({
  payment: first,
  refundId: 're_1',
  amount: 1_500,
  takenBefore: 0,
  createdAt: '2026-03-04T09:00:00.000Z',
  movement: {
    balanceTransactionId: 'txn_re_1',
    amount: -1_500,
    fee: 0,
    net: -1_500,
    currency: 'chf',
  },
});
const paidIn: LedgerEntry[] = [bookPayment(first), bookPayment(second), bookPayment(euros), refund];
const toBank = paidIn.reduce(
  (sum, entry) =>
    sum +
    entry.lines.filter((l) => l.account === 'stripe_balance').reduce((s, l) => s + l.amount, 0),
  0,
);
const payout = bookPayout({
  orgSlug: 'mpm',
  payoutId: 'po_1',
  failed: false,
  bookedAt: '2026-03-06T02:00:00.000Z',
  movement: {
    balanceTransactionId: 'txn_po_1',
    amount: -toBank,
    fee: 0,
    net: -toBank,
    currency: 'chf',
  },
});
for (const entry of [...paidIn, payout]) await bookLedgerEntry(db, entry);
await linkPayoutEntries(db, { orgSlug: 'mpm' }, 'po_1', [...paidIn, payout]);

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const exportAs = (session: { cookie: string; csrf: string }, fields: Record<string, string>) =>
  app.request(
    '/staff/finance/exports',
    formPost({ ...fields, _csrf: session.csrf }, session.cookie),
  );
const cents = (value: string | undefined) => Math.round(Number(value) * 100);

describe('the journal export', () => {
  it('has every line of every entry, each entry balanced in its one currency, the refund included', async () => {
    const response = await exportAs(finance, { kind: 'journal', ...MARCH });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="mpm_journal_2026-03-01_2026-03-31.csv"',
    );
    const rows = await csvOf(response);
    const entries = [...new Set(rows.map((row) => row.entry))];
    expect(entries).toEqual([...paidIn, payout].map((entry) => entry.key));
    expect(rows).toHaveLength([...paidIn, payout].reduce((n, e) => n + e.lines.length, 0));
    for (const key of entries) {
      const lines = rows.filter((row) => row.entry === key);
      expect(new Set(lines.map((line) => line.currency)).size).toBe(1);
      expect(lines.reduce((sum, line) => sum + cents(line.amount), 0)).toBe(0);
      const debit = lines.reduce((sum, line) => sum + cents(line.debit || '0'), 0);
      const credit = lines.reduce((sum, line) => sum + cents(line.credit || '0'), 0);
      expect(debit).toBe(credit);
    }
    const refunded = rows.filter((row) => row.entry === 'refund:re_1');
    expect(refunded.find((row) => row.account_code === 'refunds')).toMatchObject({
      kind: 'refund',
      account_name: 'Remboursements',
      campaign: 'voix-aux-nations-unies',
      pledge_id: 'pl_1',
      stripe_id: 're_1',
    });
    expect(refunded.find((row) => row.account_code === 'stripe_balance')).toMatchObject({
      credit: '15.00',
      amount: '-15.00',
    });
    const euroGift = rows.find(
      (row) => row.entry === 'payment:ch_3' && row.account_code === 'donation_income',
    );
    expect(euroGift).toMatchObject({
      currency: 'CHF',
      original_currency: 'EUR',
      original_amount: '-20.00',
    });
  });

  it('keeps whole entries of one campaign, and another organisation sees none of them', async () => {
    const other = await csvOf(
      await exportAs(finance, { kind: 'journal', ...MARCH, campaign: 'voix-aux-nations-unies' }),
    );
    expect(new Set(other.map((row) => row.entry))).toEqual(new Set(paidIn.map((e) => e.key)));
    expect(await csvOf(await exportAs(elsewhere, { kind: 'journal', ...MARCH }))).toEqual([]);
  });
});

describe('the payout reconciliation', () => {
  it('lists what each payout paid out, summing exactly to what reached the bank', async () => {
    const rows = await csvOf(await exportAs(finance, { kind: 'payouts', ...MARCH }));
    const movements = rows.filter((row) => row.row === 'movement');
    const [own] = rows.filter((row) => row.row === 'payout');
    expect(movements.map((row) => row.entry).sort()).toEqual(paidIn.map((e) => e.key).sort());
    expect(own).toMatchObject({
      payout_id: 'po_1',
      net: (toBank / 100).toFixed(2),
      currency: 'CHF',
    });
    expect(movements.reduce((sum, row) => sum + cents(row.net), 0)).toBe(toBank);
    expect(movements.find((row) => row.entry === 'refund:re_1')).toMatchObject({
      kind: 'refund',
      amount: '-15.00',
      net: '-15.00',
    });
    expect(movements.find((row) => row.entry === 'payment:ch_1')).toMatchObject({
      amount: '51.75',
      fee: '1.80',
      net: '49.95',
    });
    expect(await csvOf(await exportAs(elsewhere, { kind: 'payouts', ...MARCH }))).toEqual([]);
  });
});
