import type { Campaign } from '@haven/core';
import { demoCampaigns } from '@haven/local';
import { describe, expect, it } from 'vitest';
import { checkCampaigns } from './campaigns';
import type { PaymentFigures } from './payments';

const seeded = demoCampaigns.find((campaign) => campaign.orgSlug === 'mpm');
if (!seeded) throw new Error('the demo data has no mpm campaign');
const campaign = (totals: Campaign['totals'], supporters: number): Campaign => ({
  ...seeded,
  totals,
  supporters,
});

const payment = (fields: Partial<PaymentFigures>): PaymentFigures => ({
  pledgeId: 'plg_a',
  orgSlug: 'mpm',
  campaignSlug: seeded.slug,
  currency: 'CHF',
  gift: 1_000,
  feeCover: 0,
  gross: 1_000,
  fee: 59,
  net: 941,
  settlementCurrency: 'CHF',
  receiptNumber: 'MPM-2026-000001',
  paidAt: '2026-03-01T10:00:00.000Z',
  chargeId: 'ch_a',
  refunded: 0,
  ...fields,
});

describe('checkCampaigns', () => {
  it('keeps currencies apart and counts a refund against the gift', () => {
    const payments = [
      payment({ pledgeId: 'plg_a', gift: 5_000, feeCover: 175, gross: 5_175 }),
      payment({ pledgeId: 'plg_b', gift: 2_000, refunded: 500 }),
      payment({ pledgeId: 'plg_c', currency: 'EUR', gift: 3_000 }),
    ];
    const agreeing = campaign({ CHF: { amount: 6_500 }, EUR: { amount: 3_000 } }, 3);
    expect(checkCampaigns('mpm', [agreeing], payments).findings).toEqual([]);

    const off = campaign({ CHF: { amount: 9_500 }, USD: { amount: 100 } }, 3);
    expect(checkCampaigns('mpm', [off], payments).findings).toEqual([
      {
        code: 'campaign_total_mismatch',
        org: 'mpm',
        campaign: seeded.slug,
        currency: 'CHF',
        stored: 9_500,
        expected: 6_500,
      },
      {
        code: 'campaign_total_mismatch',
        org: 'mpm',
        campaign: seeded.slug,
        currency: 'EUR',
        stored: 0,
        expected: 3_000,
      },
      {
        code: 'campaign_total_mismatch',
        org: 'mpm',
        campaign: seeded.slug,
        currency: 'USD',
        stored: 100,
        expected: 0,
      },
    ]);
  });

  it('reports a payment whose campaign does not exist', () => {
    const { findings } = checkCampaigns(
      'mpm',
      [campaign({}, 0)],
      [payment({ campaignSlug: 'gone' })],
    );
    expect(findings).toEqual([
      { code: 'payment_campaign_missing', org: 'mpm', campaign: 'gone', pledgeId: 'plg_a' },
    ]);
  });
});
