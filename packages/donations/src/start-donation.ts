import { createHash, randomBytes } from 'node:crypto';
import {
  type Campaign,
  ConflictError,
  type DonationRequest,
  feeCover,
  type Organisation,
  type Payments,
  type Pledge,
  PledgeId,
  pickText,
} from '@haven/core';
import { attachCheckoutSession, createPledge, type Db, getPledge } from '@haven/db';

const pledgeIdFrom = (bytes: Buffer): PledgeId =>
  PledgeId.parse(
    `plg_${BigInt(`0x${bytes.subarray(0, 15).toString('hex')}`)
      .toString(36)
      .padStart(24, '0')}`,
  );

/** `plg_` and 24 base-36 characters from 15 random bytes: unguessable, safe in URLs and logs. */
export const newPledgeId = (): PledgeId => pledgeIdFrom(randomBytes(15));

/**
 * The pledge id of one submission, from its idempotency key (a keyed hash the caller made, so
 * still unguessable): the same submission always names the same pledge.
 */
export const pledgeIdForSubmission = (submissionKey: string): PledgeId =>
  pledgeIdFrom(createHash('sha256').update(submissionKey).digest());

/**
 * Stores a pending pledge, then opens a Checkout session for it. Amounts are computed here from
 * the validated request; the fee cover is charged as its own line and stored apart from the gift.
 * With a `submissionKey` a repeated submission (a double click) finds the pledge the first one
 * stored and gets the same session back: Checkout's idempotency key is the pledge id.
 */
export async function startDonation(
  deps: { db: Db; payments: Payments; publicUrl: string; now: Date },
  input: {
    org: Organisation;
    campaign: Campaign;
    request: DonationRequest;
    /** The fee cover's line on Checkout, in the donor's language: the caller speaks it. */
    feeCoverLabel: string;
    submissionKey?: string;
  },
): Promise<{ pledge: Pledge; checkoutUrl: string; checkoutLocale: string }> {
  const { org, campaign, request } = input;
  const now = deps.now.toISOString();
  const fresh: Pledge = {
    id: input.submissionKey ? pledgeIdForSubmission(input.submissionKey) : newPledgeId(),
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
  const pledge = await storePledge(deps.db, fresh, input.submissionKey !== undefined);
  const base = `${deps.publicUrl}/${pledge.locale}/${org.slug}/${campaign.slug}`;
  const title = campaign.text[pledge.locale]?.title ?? campaign.text[campaign.defaultLocale]?.title;
  const checkout = await deps.payments.gateway.createCheckout({
    pledgeId: pledge.id,
    orgName: pickText(org.name, pledge.locale, org.defaultLocale),
    campaignTitle: title ?? campaign.slug,
    currency: pledge.currency,
    gift: pledge.gift,
    feeCover: pledge.feeCover,
    feeCoverLabel: input.feeCoverLabel,
    locale: pledge.locale,
    frequency: pledge.frequency,
    successUrl: `${base}/thanks?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${base}#donate`,
  });
  if (pledge.checkoutSessionId !== checkout.sessionId) {
    await attachSession(deps.db, pledge.id, checkout.sessionId, deps.now);
  }
  return {
    pledge: { ...pledge, checkoutSessionId: checkout.sessionId },
    checkoutUrl: checkout.url,
    checkoutLocale: checkout.checkoutLocale,
  };
}

/**
 * Stores the pledge; on a repeated submission, answers the one already stored. A pledge that
 * has moved on (paid, expired) is not reopened: the donor is asked to start again.
 */
async function storePledge(db: Db, pledge: Pledge, repeatable: boolean): Promise<Pledge> {
  try {
    await createPledge(db, pledge);
    return pledge;
  } catch (error) {
    if (!repeatable || !(error instanceof ConflictError)) throw error;
    const stored = await getPledge(db, pledge.id);
    if (stored.status !== 'pending') {
      throw new ConflictError(`pledge ${pledge.id} was already ${stored.status}`);
    }
    return stored;
  }
}

/** Two presses at once both reach here with the same session: the second finds it attached. */
async function attachSession(db: Db, pledgeId: PledgeId, sessionId: string, now: Date) {
  try {
    await attachCheckoutSession(db, pledgeId, sessionId, now);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const stored = await getPledge(db, pledgeId);
    if (stored.checkoutSessionId !== sessionId) throw error;
  }
}
