import type Stripe from 'stripe';

/** A connected account and its onboarding links (their tokens, each usable until it expires). */
export type AccountRecord = { account: Stripe.Account; links: Map<string, AccountLinkRecord> };

export type AccountLinkRecord = {
  token: string;
  expiresAt: number;
  returnUrl: string;
  refreshUrl: string;
};
