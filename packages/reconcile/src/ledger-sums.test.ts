import { bookPayment, type Campaign, type LedgerEntry } from '@haven/core';
import { describe, expect, it } from 'vitest';
import { ledgerSums } from './ledger-sums';

const payment = (currency: string, gift: number, settlementCurrency = currency) => ({
  orgSlug: 'mpm',
  pledgeId: `plg_${currency}${gift}`,
  campaignSlug: 'voix',
  currency,
  gift,
  feeCover: 100,
  gross: gift + 100,
  fee: 50,
  net: gift + 50,
  settlementCurrency,
  paidAt: '2026-11-25T12:00:00.000Z',
  chargeId: `ch_${currency}${gift}`,
  paymentIntentId: `pi_${currency}${gift}`,
});

const campaign = (totals: Record<string, number>): Pick<Campaign, 'slug' | 'totals'>[] => [
  {
    slug: 'voix',
    totals: Object.fromEntries(
      Object.entries(totals).map(([currency, amount]) => [currency, { amount }]),
    ),
  },
];

describe("the ledger's running sums", () => {
  it("agree with a campaign's totals per gift currency, never adding across currencies", () => {
    const books = ledgerSums('mpm');
    books.add(bookPayment(payment('CHF', 5_000)));
    // A euro gift settled in francs: the campaign's euros, the books' francs.
    books.add(bookPayment(payment('EUR', 3_000, 'CHF')));
    const checked = books.check(campaign({ CHF: 5_000, EUR: 3_000 }));
    expect(checked.findings).toEqual([]);
    expect(checked.summaries).toEqual([
      { org: 'mpm', currency: 'CHF', entries: 2, debits: 8_200, credits: 8_200 },
    ]);
    expect(books.check(campaign({ CHF: 8_000 })).findings).toEqual([
      expect.objectContaining({ code: 'ledger_campaign_mismatch', currency: 'CHF', ledger: 5_000 }),
      expect.objectContaining({ code: 'ledger_campaign_mismatch', currency: 'EUR', stored: 0 }),
    ]);
  });

  it('names an entry that does not balance, and the books it unbalances', () => {
    const books = ledgerSums('mpm');
    const entry: LedgerEntry = {
      ...bookPayment(payment('CHF', 1_000)),
      key: 'payment:ch_bad',
    };
    const [first, ...others] = entry.lines;
    if (!first) throw new Error('no line');
    books.add({ ...entry, lines: [{ ...first, amount: first.amount + 1 }, ...others] });
    expect(books.check(campaign({ CHF: 1_000 })).findings).toEqual([
      {
        code: 'ledger_entry_unbalanced',
        org: 'mpm',
        key: 'payment:ch_bad',
        currency: 'CHF',
        difference: 1,
      },
      { code: 'ledger_unbalanced', org: 'mpm', currency: 'CHF', debits: 1_101, credits: 1_100 },
    ]);
  });
});
