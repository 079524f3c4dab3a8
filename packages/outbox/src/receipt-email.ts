import { intlLocale, pickText } from '@haven/core';
import { assignReceiptNumber, type Db, getCampaign, getOrganisation, getPayment } from '@haven/db';
import { type RenderedEmail, renderReceipt } from '@haven/emails';

/** The receipt for a paid pledge, numbered on first issue, rendered in the donor's language, and where it goes. */
export async function composeReceipt(
  db: Db,
  pledgeId: string,
  /** A monthly gift's instalment: each has its own receipt. */
  invoiceId?: string,
): Promise<{ to: string | undefined; email: RenderedEmail }> {
  // The number is taken now, at issue, and kept: a retried send shows the same one.
  const receiptNumber = await assignReceiptNumber(db, pledgeId, invoiceId);
  const payment = await getPayment(db, pledgeId, invoiceId);
  const [org, campaign] = await Promise.all([
    getOrganisation(db, payment.orgSlug),
    getCampaign(db, payment.orgSlug, payment.campaignSlug),
  ]);
  const locale = payment.locale;
  const money = (amount: number) => ({ amount, currency: payment.currency });
  const email = await renderReceipt({
    locale,
    intlLocale: intlLocale(locale, org.country),
    org: {
      name: pickText(org.name, locale, org.defaultLocale),
      legalName: org.legalName,
      address: org.address,
      taxNote: pickText(org.taxNote, locale, org.defaultLocale),
      website: org.website,
      registrationNumber: org.registrationNumber,
      logoUrl: org.logoUrl,
    },
    receiptNumber,
    paidAt: payment.paidAt,
    gift: money(payment.gift),
    feeCovered: payment.feeCover > 0 ? money(payment.feeCover) : undefined,
    total: money(payment.gift + payment.feeCover),
    campaignTitle:
      campaign.text[locale]?.title ?? campaign.text[campaign.defaultLocale]?.title ?? campaign.slug,
    donorName: payment.donorName,
    dedication: payment.dedication,
    message: payment.message,
    frequency: payment.invoiceId ? 'monthly' : 'once',
    erasedFields: payment.erasedFields,
  });
  return { to: payment.donorEmail, email };
}
