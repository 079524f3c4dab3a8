import * as z from 'zod/mini';
import { DomainError } from './errors';

/** A Stripe connected account's id. */
export const StripeAccountId = z
  .string()
  .check(z.regex(/^acct_[A-Za-z0-9]{1,64}$/, 'a Stripe account id'));
export type StripeAccountId = z.infer<typeof StripeAccountId>;

/**
 * The organisation's own Stripe account (Connect, Standard) as the service last heard of it:
 * set when an owner starts onboarding, kept up to date by `account.updated` and by the
 * onboarding's return page, both of which read the account back from Stripe.
 */
export const StripeConnection = z.object({
  accountId: StripeAccountId,
  chargesEnabled: z.boolean(),
  detailsSubmitted: z.boolean(),
  /** Stripe's `requirements.disabled_reason` while charges are off (`under_review`, …). */
  disabledReason: z.optional(z.string().check(z.maxLength(100))),
  updatedAt: z.iso.datetime(),
});
export type StripeConnection = z.infer<typeof StripeConnection>;

/** What Stripe says of an account, in the domain's words. */
export type StripeAccountState = Omit<StripeConnection, 'updatedAt'>;

/**
 * Where an organisation stands with Stripe: never connected; onboarding started but details not
 * submitted; submitted but charges off (Stripe restricted it); able to take gifts.
 */
export type ConnectionStatus = 'unconnected' | 'onboarding' | 'restricted' | 'connected';

export function connectionStatus(connection: StripeConnection | undefined): ConnectionStatus {
  if (!connection) return 'unconnected';
  if (connection.chargesEnabled) return 'connected';
  return connection.detailsSubmitted ? 'restricted' : 'onboarding';
}

/**
 * Whether the organisation can take a gift now. Without Connect (a deployment for one NGO) the
 * service's own account takes every gift; with Connect only the organisation's own account may,
 * and only while Stripe lets it charge.
 */
export const canTakeGifts = (
  connect: boolean,
  org: { stripeAccount?: StripeConnection | undefined },
): boolean => !connect || org.stripeAccount?.chargesEnabled === true;

/**
 * Exactly-once per account: the key an event of a connected account is recorded under names the
 * account, so events of two accounts can never collide (Stripe's ids are unique anyway; this
 * does not rely on it).
 */
export const connectEventKey = (accountId: string, eventId: string) =>
  `connect:${accountId}:${eventId}`;

/** The organisation's Stripe account cannot take charges (not onboarded, or restricted). */
export class ChargesDisabledError extends DomainError {
  readonly code = 'charges_disabled';
}
