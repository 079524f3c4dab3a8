import { fiscalYear, fiscalYearOf, statementPeriodLabel } from '@haven/core';
import type { GiftView } from './gift-views';

/** An organisation the donor gave to, and the fiscal years they gave in, newest first. */
export type StatementChoice = {
  orgSlug: string;
  orgName: string;
  years: { year: number; label: string }[];
};

/**
 * What a donor may ask a statement of: each organisation they gave to and each of its fiscal
 * years (the organisation's own, by its first month) in which one of their payments fell.
 */
export function statementChoices(gifts: readonly GiftView[]): StatementChoice[] {
  const byOrg = new Map<
    string,
    { orgName: string; intl: string; start: number; years: Set<number> }
  >();
  for (const gift of gifts) {
    const slug = gift.pledge.orgSlug;
    const start = gift.org?.fiscalYearStartMonth ?? 1;
    const entry = byOrg.get(slug) ?? {
      orgName: gift.orgName,
      intl: gift.intlLocale,
      start,
      years: new Set<number>(),
    };
    for (const payment of gift.payments) {
      entry.years.add(fiscalYearOf(new Date(payment.paidAt), start));
    }
    byOrg.set(slug, entry);
  }
  return [...byOrg].map(([orgSlug, entry]) => ({
    orgSlug,
    orgName: entry.orgName,
    years: [...entry.years]
      .sort((a, b) => b - a)
      .map((year) => ({
        year,
        label: statementPeriodLabel(fiscalYear(year, entry.start), entry.intl),
      })),
  }));
}
