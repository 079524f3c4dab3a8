import { chargedAmount, formatMoney, intlLocale, pickText } from '@haven/core';
import {
  type CardFailedOutboxItem,
  type Db,
  getCampaign,
  getOrganisation,
  getPledge,
  listPledgePayments,
} from '@haven/db';
import { type RenderedEmail, renderCardFailed } from '@haven/emails';

/**
 * The email telling a monthly donor an instalment failed, in their language. The address is the
 * one their last instalment was paid with: a payment is the only place the service keeps it.
 */
export async function composeCardFailed(
  db: Db,
  publicUrl: string,
  item: CardFailedOutboxItem,
): Promise<{ to: string | undefined; email: RenderedEmail }> {
  const pledge = await getPledge(db, item.pledgeId);
  const [org, campaign, payments] = await Promise.all([
    getOrganisation(db, pledge.orgSlug),
    getCampaign(db, pledge.orgSlug, pledge.campaignSlug),
    listPledgePayments(db, pledge.id),
  ]);
  const locale = pledge.locale;
  const email = await renderCardFailed({
    locale,
    orgName: pickText(org.name, locale, org.defaultLocale),
    campaignTitle:
      campaign.text[locale]?.title ?? campaign.text[campaign.defaultLocale]?.title ?? campaign.slug,
    amount: formatMoney(
      { amount: chargedAmount(pledge), currency: pledge.currency },
      intlLocale(locale, org.country),
    ),
    fixUrl: item.fixUrl ?? publicUrl,
  });
  return { to: payments.at(-1)?.donorEmail, email };
}
