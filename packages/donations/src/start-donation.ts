import { randomBytes } from 'node:crypto';
import {
  type Campaign,
  type DonationRequest,
  feeCover,
  type Organisation,
  type Payments,
  type Pledge,
  PledgeId,
  pickText,
} from '@haven/core';
import { attachCheckoutSession, createPledge, type Db } from '@haven/db';

/** `plg_` and 24 base-36 characters from 15 random bytes: unguessable, safe in URLs and logs. */
export const newPledgeId = (): PledgeId =>
  PledgeId.parse(
    `plg_${BigInt(`0x${randomBytes(15).toString('hex')}`)
      .toString(36)
      .padStart(24, '0')}`,
  );

/**
 * Stores a pending pledge, then opens a Checkout session for it. Amounts are computed here from
 * the validated request; the fee cover is charged as its own line and stored apart from the gift.
 */
export async function startDonation(
  deps: { db: Db; payments: Payments; publicUrl: string; now: Date },
  input: {
    org: Organisation;
    campaign: Campaign;
    request: DonationRequest;
    /** The fee cover's line on Checkout, in the donor's language: the caller speaks it. */
    feeCoverLabel: string;
  },
): Promise<{ pledge: Pledge; checkoutUrl: string; checkoutLocale: string }> {
  const { org, campaign, request } = input;
  const now = deps.now.toISOString();
  const pledge: Pledge = {
    id: newPledgeId(),
    orgSlug: org.slug,
    campaignSlug: campaign.slug,
    status: 'pending',
    frequency: request.frequency,
    currency: request.currency,
    gift: request.amount,
    feeCover: request.coverFee
      ? feeCover(request.amount, request.currency, deps.payments.feeModel)
      : 0,
    anonymous: request.anonymous,
    dedication: request.dedication,
    message: request.message,
    updatesOptIn: request.updatesOptIn,
    locale: request.locale,
    createdAt: now,
    updatedAt: now,
  };
  await createPledge(deps.db, pledge);
  const base = `${deps.publicUrl}/${request.locale}/${org.slug}/${campaign.slug}`;
  const title =
    campaign.text[request.locale]?.title ?? campaign.text[campaign.defaultLocale]?.title;
  const checkout = await deps.payments.gateway.createCheckout({
    pledgeId: pledge.id,
    orgName: pickText(org.name, request.locale, org.defaultLocale),
    campaignTitle: title ?? campaign.slug,
    currency: pledge.currency,
    gift: pledge.gift,
    feeCover: pledge.feeCover,
    feeCoverLabel: input.feeCoverLabel,
    locale: request.locale,
    successUrl: `${base}/thanks?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${base}#donate`,
  });
  await attachCheckoutSession(deps.db, pledge.id, checkout.sessionId, deps.now);
  return {
    pledge: { ...pledge, checkoutSessionId: checkout.sessionId },
    checkoutUrl: checkout.url,
    checkoutLocale: checkout.checkoutLocale,
  };
}
