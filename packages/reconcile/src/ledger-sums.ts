import { type Campaign, campaignDeltas, isBalanced, type LedgerEntry } from '@haven/core';
import type { Finding, LedgerSummary } from './report';

/**
 * Running sums over an organisation's ledger, fed one entry at a time: memory grows with its
 * campaigns and currencies, never with its entries. Amounts are only ever added within one
 * currency: an entry's lines in its settlement currency, a campaign's in the gift's currency.
 *
 * A campaign's raised total is what its campaign lines say, as `campaignDeltas` reads them: the
 * gift's share of donation income less its share of refunds and disputes, in the currency the
 * donor gave in (the `original` beside each settled line). The fee cover is not the campaign's.
 */
export function ledgerSums(org: string) {
  const byCampaign = new Map<string, Map<string, number>>();
  const byCurrency = new Map<string, LedgerSummary>();
  const findings: Finding[] = [];
  return {
    add(entry: LedgerEntry): void {
      const sum = entry.lines.reduce((total, line) => total + line.amount, 0);
      if (!isBalanced(entry)) {
        findings.push({
          code: 'ledger_entry_unbalanced',
          org,
          key: entry.key,
          currency: entry.currency,
          difference: sum,
        });
      }
      const summary = byCurrency.get(entry.currency) ?? {
        org,
        currency: entry.currency,
        entries: 0,
        debits: 0,
        credits: 0,
      };
      summary.entries += 1;
      for (const line of entry.lines) {
        if (line.amount > 0) summary.debits += line.amount;
        else summary.credits -= line.amount;
      }
      byCurrency.set(entry.currency, summary);
      for (const delta of campaignDeltas(entry)) {
        const totals = byCampaign.get(delta.campaignSlug) ?? new Map<string, number>();
        totals.set(delta.currency, (totals.get(delta.currency) ?? 0) + delta.amount);
        byCampaign.set(delta.campaignSlug, totals);
      }
    },
    invalid(key: string, fields: string[]): void {
      findings.push({ code: 'ledger_entry_invalid', org, key, fields });
    },
    /** Each campaign's stored totals against its ledger, and each currency's books. */
    check(campaigns: readonly Pick<Campaign, 'slug' | 'totals'>[]): {
      summaries: LedgerSummary[];
      findings: Finding[];
    } {
      const all = [...findings];
      const stored = new Map(campaigns.map((campaign) => [campaign.slug, campaign]));
      const slugs = [...new Set([...stored.keys(), ...byCampaign.keys()])].sort();
      for (const slug of slugs) {
        const totals = stored.get(slug)?.totals ?? {};
        const booked = byCampaign.get(slug) ?? new Map<string, number>();
        const currencies = [...new Set([...Object.keys(totals), ...booked.keys()])].sort();
        for (const currency of currencies) {
          const raised = totals[currency]?.amount ?? 0;
          const ledger = booked.get(currency) ?? 0;
          if (raised !== ledger) {
            all.push({
              code: 'ledger_campaign_mismatch',
              org,
              campaign: slug,
              currency,
              stored: raised,
              ledger,
            });
          }
        }
      }
      for (const summary of byCurrency.values()) {
        // Balanced entries make balanced books; this names a currency whose books are off even
        // when the entries' own findings were read past.
        if (summary.debits !== summary.credits) {
          all.push({
            code: 'ledger_unbalanced',
            org,
            currency: summary.currency,
            debits: summary.debits,
            credits: summary.credits,
          });
        }
      }
      const summaries = [...byCurrency.values()].sort((a, b) =>
        a.currency.localeCompare(b.currency),
      );
      return { summaries, findings: all };
    },
  };
}
