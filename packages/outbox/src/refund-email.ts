import { intlLocale, pickText } from '@haven/core';
import {
  type Db,
  getCampaign,
  getOrganisation,
  getPayment,
  type RefundOutboxItem,
  reissueReceiptForRefund,
} from '@haven/db';
import { type RenderedEmail, renderRefund } from '@haven/emails';

/**
 * The donor's refund notice, in their language: it voids the receipt, or for a partial refund
 * reissues it under a new number (taken here, at issue, like a first receipt's).
 */
export async function composeRefund(
  db: Db,
  item: RefundOutboxItem,
): Promise<{ to: string | undefined; email: RenderedEmail }> {
  const receipt = await reissueReceiptForRefund(db, item.pledgeId, item.refundId);
  const payment = await getPayment(db, item.pledgeId);
  const [org, campaign] = await Promise.all([
    getOrganisation(db, payment.orgSlug),
    getCampaign(db, payment.orgSlug, payment.campaignSlug),
  ]);
  const locale = payment.locale;
  const email = await renderRefund({
    locale,
    intlLocale: intlLocale(locale, org.country),
    orgName: pickText(org.name, locale, org.defaultLocale),
    campaignTitle:
      campaign.text[locale]?.title ?? campaign.text[campaign.defaultLocale]?.title ?? campaign.slug,
    ...(payment.donorName ? { donorName: payment.donorName } : {}),
    refundedAt: item.dueAt,
    refunded: { amount: item.amount, currency: payment.currency },
    kept: {
      amount: Math.max(0, payment.gift + payment.feeCover - payment.refunded),
      currency: payment.currency,
    },
    receipt,
  });
  return { to: payment.donorEmail, email };
}
