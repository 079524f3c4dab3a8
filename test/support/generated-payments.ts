import type { Payment } from '@haven/core';
import { keys } from '@haven/db';

/**
 * The `i`-th of a run of generated payments of one organisation, one a minute from the
 * start of 2026, spread over campaigns and currencies, some anonymous: what a busy year looks
 * like to the exports, without going through Checkout.
 */
export function generatedPayment(
  i: number,
  options: { orgSlug: string; campaigns: readonly string[]; currencies: readonly string[] },
): Payment {
  const campaignSlug = options.campaigns[i % options.campaigns.length] ?? 'campaign';
  const currency = options.currencies[i % options.currencies.length] ?? 'CHF';
  const gift = 1_000 + (i % 97) * 50;
  const fee = Math.round(gift * 0.029) + 30;
  const id = i.toString(36).padStart(8, '0');
  return {
    pledgeId: `gen-${id}`,
    orgSlug: options.orgSlug,
    campaignSlug,
    currency,
    gift,
    feeCover: 0,
    gross: gift,
    fee,
    net: gift - fee,
    settlementCurrency: currency,
    receiptNumber: `GEN-2026-${String(i + 1).padStart(6, '0')}`,
    paidAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    checkoutSessionId: `cs_test_${id}`,
    paymentIntentId: `pi_${id}`,
    chargeId: `ch_${id}`,
    donorEmail: `donor${i}@example.org`,
    donorName: `Donor ${i}`,
    anonymous: i % 10 === 0,
    locale: 'en',
    refunded: 0,
  };
}

/** A payment as the table holds it: the item fulfilment writes, with both date indexes. */
export const paymentItem = (payment: Payment): Record<string, unknown> => ({
  ...keys.payment(payment.pledgeId),
  ...keys.paymentsByDate(payment.orgSlug, payment.paidAt, payment.pledgeId),
  ...keys.campaignPaymentsByDate(
    payment.orgSlug,
    payment.campaignSlug,
    payment.paidAt,
    payment.pledgeId,
  ),
  type: 'payment',
  ...payment,
});
