import type { Campaign } from '@haven/core';
import { contribution, type PaymentFigures } from './payments';
import type { CampaignSummary, Finding } from './report';

/**
 * Each campaign's stored totals and supporters against what its payments add up to, one
 * currency at a time (amounts are never added across currencies). A currency with payments but
 * no stored total, or a stored total but no payments, is a mismatch against 0.
 *
 * Supporters count people, as fulfilment does: payments with the same supporter key once, a
 * payment without one (no address from Stripe) on its own. Refunds reduce a total but not the
 * count, since there is no refund path yet to say otherwise.
 */
export function checkCampaigns(
  org: string,
  campaigns: readonly Campaign[],
  payments: Iterable<PaymentFigures>,
): { summaries: CampaignSummary[]; findings: Finding[] } {
  const sums = campaignSums(new Set(campaigns.map((campaign) => campaign.slug)));
  for (const payment of payments) sums.add(payment);
  return sums.check(org, campaigns);
}

type Sums = { supporters: number; totals: Map<string, number>; people: Set<string> };

/**
 * Running sums per campaign and currency, fed one payment at a time: memory grows with the
 * campaigns, not the payments. `expectedSlugs` are the campaigns known before the payments are
 * read; only a payment of another campaign is remembered, to be named if its campaign is still
 * missing when the campaigns are read (a campaign created meanwhile is not a finding).
 */
export function campaignSums(expectedSlugs: ReadonlySet<string>) {
  const expected = new Map<string, Sums>();
  const strays: PaymentFigures[] = [];
  return {
    add(payment: PaymentFigures): void {
      const sums: Sums = expected.get(payment.campaignSlug) ?? {
        supporters: 0,
        totals: new Map(),
        people: new Set(),
      };
      // A person counts once per campaign (by the keys seen: memory grows with its distinct
      // supporters, 32-byte hashes); a payment without one counts unless it is a monthly gift's
      // later instalment.
      const people = sums.people;
      if (payment.supporterKey) {
        if (!people.has(payment.supporterKey)) sums.supporters += 1;
        people.add(payment.supporterKey);
      } else if (payment.newSupporter !== false) {
        sums.supporters += 1;
      }
      sums.totals.set(
        payment.currency,
        (sums.totals.get(payment.currency) ?? 0) + contribution(payment),
      );
      expected.set(payment.campaignSlug, sums);
      if (!expectedSlugs.has(payment.campaignSlug)) strays.push(payment);
    },
    check(
      org: string,
      campaigns: readonly Campaign[],
    ): { summaries: CampaignSummary[]; findings: Finding[] } {
      return compare(org, campaigns, expected, strays);
    },
  };
}

function compare(
  org: string,
  campaigns: readonly Campaign[],
  expected: ReadonlyMap<string, Sums>,
  strays: readonly PaymentFigures[],
): { summaries: CampaignSummary[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const known = new Set(campaigns.map((campaign) => campaign.slug));
  for (const payment of strays) {
    if (!known.has(payment.campaignSlug)) {
      findings.push({
        code: 'payment_campaign_missing',
        org,
        campaign: payment.campaignSlug,
        pledgeId: payment.pledgeId,
      });
    }
  }

  const summaries = campaigns.map((campaign): CampaignSummary => {
    const sums = expected.get(campaign.slug) ?? {
      supporters: 0,
      totals: new Map<string, number>(),
      people: new Set<string>(),
    };
    const currencies = [
      ...new Set([...Object.keys(campaign.totals), ...sums.totals.keys()]),
    ].sort();
    const totals = currencies.map((currency) => ({
      currency,
      stored: campaign.totals[currency]?.amount ?? 0,
      expected: sums.totals.get(currency) ?? 0,
    }));
    for (const total of totals) {
      if (total.stored !== total.expected) {
        findings.push({ code: 'campaign_total_mismatch', org, campaign: campaign.slug, ...total });
      }
    }
    if (campaign.supporters !== sums.supporters) {
      findings.push({
        code: 'supporter_count_mismatch',
        org,
        campaign: campaign.slug,
        stored: campaign.supporters,
        expected: sums.supporters,
      });
    }
    return {
      org,
      campaign: campaign.slug,
      status: campaign.status,
      supporters: { stored: campaign.supporters, expected: sums.supporters },
      totals,
    };
  });
  return { summaries, findings };
}
