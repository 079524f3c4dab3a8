import type { LedgerEntry } from './entry';

/** What an entry does to one campaign's displayed total, in the gift's currency. */
export type CampaignDelta = { campaignSlug: string; currency: string; amount: number };

/**
 * The campaign totals an entry moves: income raises them, refunds and disputes lower them, each
 * by the gift's own amount (the totals are in the currencies donors gave in, the ledger in the
 * settlement currency). Totals equal the ledger when every entry's deltas were added.
 */
export function campaignDeltas(entry: Pick<LedgerEntry, 'lines'>): CampaignDelta[] {
  const sums = new Map<string, CampaignDelta>();
  for (const line of entry.lines) {
    if (!line.campaignSlug || !line.original) continue;
    const id = `${line.campaignSlug}\u0000${line.original.currency}`;
    const delta = sums.get(id) ?? {
      campaignSlug: line.campaignSlug,
      currency: line.original.currency,
      amount: 0,
    };
    // Income is a credit (negative); a campaign's total goes up by what its income went up by.
    delta.amount -= line.original.amount;
    sums.set(id, delta);
  }
  return [...sums.values()].filter((delta) => delta.amount !== 0);
}

/** Each account's balance per currency over entries: every account's lines, summed. */
export function trialBalance(
  entries: Iterable<Pick<LedgerEntry, 'lines' | 'currency'>>,
): Map<string, Map<string, number>> {
  const balances = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const ofCurrency = balances.get(entry.currency) ?? new Map<string, number>();
    for (const line of entry.lines) {
      ofCurrency.set(line.account, (ofCurrency.get(line.account) ?? 0) + line.amount);
    }
    balances.set(entry.currency, ofCurrency);
  }
  return balances;
}
