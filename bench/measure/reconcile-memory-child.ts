/**
 * One process, one size: `tsx reconcile-memory-child.ts <payments> <streamed|held>`. Generates
 * that many payments of one organisation (three campaigns, two currencies, receipts in order)
 * and runs reconciliation's checks over them and over their ledger entries (the sums the ledger
 * check keeps), streamed (as reconcile does now) or held in an array first (as it did). Prints the process's peak resident memory in bytes as JSON.
 */
import { bookPayment, type Campaign } from '@haven/core';
import { demoCampaigns } from '@haven/local';
import { campaignSums } from '../../packages/reconcile/src/campaigns';
import { ledgerSums } from '../../packages/reconcile/src/ledger-sums';
import { checkPaymentFigures, type PaymentFigures } from '../../packages/reconcile/src/payments';
import { receiptTally } from '../../packages/reconcile/src/receipts';

const count = Number(process.argv[2] ?? '0');
const mode = process.argv[3] === 'held' ? 'held' : 'streamed';
const seeded = demoCampaigns.filter((campaign) => campaign.orgSlug === 'mpm');

function* generate(): Generator<PaymentFigures> {
  for (let i = 0; i < count; i++) {
    const campaign = seeded[i % seeded.length];
    if (!campaign) return;
    const currency = i % 2 === 0 ? 'CHF' : 'EUR';
    yield {
      pledgeId: `plg_${i.toString(36).padStart(10, '0')}${'x'.repeat(16)}`,
      orgSlug: 'mpm',
      campaignSlug: campaign.slug,
      currency,
      gift: 2_500,
      feeCover: 0,
      gross: 2_500,
      fee: 103,
      net: 2_397,
      settlementCurrency: currency,
      receiptNumber: `MPM-2026-${String(i + 1).padStart(6, '0')}`,
      paidAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      chargeId: `ch_${i.toString(36).padStart(20, '0')}`,
      refunded: 0,
    };
  }
}

// The campaigns as fulfilment would have left them: their totals are what the payments add up to.
const noTotals = (): Campaign['totals'] => ({});
const expected = seeded.map((campaign) => ({ ...campaign, totals: noTotals(), supporters: 0 }));
for (let i = 0; i < count; i++) {
  const campaign = expected[i % expected.length];
  if (!campaign) break;
  const currency = i % 2 === 0 ? 'CHF' : 'EUR';
  const before = campaign.totals[currency]?.amount ?? 0;
  campaign.totals = { ...campaign.totals, [currency]: { amount: before + 2_500 } };
  campaign.supporters += 1;
}
const campaigns = expected;

const source: Iterable<PaymentFigures> = mode === 'held' ? [...generate()] : generate();
const sums = campaignSums(new Set(campaigns.map((campaign) => campaign.slug)));
const tally = receiptTally('mpm');
const books = ledgerSums('mpm');
let findings = 0;
for (const payment of source) {
  sums.add(payment);
  books.add(bookPayment({ ...payment, paymentIntentId: `pi_${payment.pledgeId}` }));
  tally.add(payment);
  findings += checkPaymentFigures(payment).length;
}
findings += sums.check('mpm', campaigns).findings.length;
findings += books.check(campaigns).findings.length;
findings += tally.check(new Map([[2026, count]])).findings.length;
if (findings > 0)
  throw new Error(`the generated payments should reconcile, got ${findings} findings`);
process.stdout.write(JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
