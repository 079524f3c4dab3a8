import type { Campaign } from '@haven/core';
import { contribution, type PaymentFigures } from './payments';
import type { CampaignSummary, Finding } from './report';

/**
 * Each campaign's stored totals and supporters against what its payments add up to, one
 * currency at a time (amounts are never added across currencies). A currency with payments but
 * no stored total, or a stored total but no payments, is a mismatch against 0.
 *
 * Supporters count every paid pledge, as fulfilment does; refunds reduce a total but not the
 * count, since there is no refund path yet to say otherwise.
 */
export function checkCampaigns(
  org: string,
  campaigns: readonly Campaign[],
  payments: readonly PaymentFigures[],
): { summaries: CampaignSummary[]; findings: Finding[] } {
  const expected = new Map<string, { supporters: number; totals: Map<string, number> }>();
  for (const payment of payments) {
    const sums = expected.get(payment.campaignSlug) ?? { supporters: 0, totals: new Map() };
    sums.supporters += 1;
    sums.totals.set(
      payment.currency,
      (sums.totals.get(payment.currency) ?? 0) + contribution(payment),
    );
    expected.set(payment.campaignSlug, sums);
  }

  const findings: Finding[] = [];
  const known = new Set(campaigns.map((campaign) => campaign.slug));
  for (const payment of payments) {
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
