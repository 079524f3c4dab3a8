import { createStripeClient } from '@haven/stripe-gateway';
import Stripe from 'stripe';
import type { StripeAccountCheck, StripeCharge, StripeReader } from './stripe-check';

/**
 * Reads charges with the real Stripe SDK (or the local emulator with `apiBase`), each with its
 * balance transaction expanded. Only figures leave this function: the charge's billing
 * details (the donor's name and email) are dropped here.
 */
export function stripeReader(options: { secretKey: string; apiBase?: string }): StripeReader {
  const stripe = createStripeClient(options);
  return {
    async getCharge(chargeId, account) {
      let charge: Stripe.Charge;
      try {
        charge = await stripe.charges.retrieve(
          chargeId,
          { expand: ['balance_transaction'] },
          account ? { stripeAccount: account } : {},
        );
      } catch (error) {
        if (
          error instanceof Stripe.errors.StripeInvalidRequestError &&
          error.code === 'resource_missing'
        ) {
          return undefined;
        }
        throw error;
      }
      return toStripeCharge(charge);
    },
    async getAccount(accountId): Promise<StripeAccountCheck> {
      try {
        const account = await stripe.accounts.retrieve(accountId);
        return {
          reachable: true,
          chargesEnabled: account.charges_enabled,
          disabledReason: account.requirements?.disabled_reason ?? undefined,
        };
      } catch (error) {
        // The account disconnected from the platform (or was deleted): Stripe no longer lets us in.
        if (
          error instanceof Stripe.errors.StripePermissionError ||
          (error instanceof Stripe.errors.StripeInvalidRequestError &&
            (error.code === 'resource_missing' || error.code === 'account_invalid'))
        ) {
          return { reachable: false };
        }
        throw error;
      }
    },
  };
}

export function toStripeCharge(charge: Stripe.Charge): StripeCharge {
  const balance =
    typeof charge.balance_transaction === 'object' ? charge.balance_transaction : null;
  return {
    amount: charge.amount,
    currency: charge.currency.toUpperCase(),
    fee: balance?.fee,
    net: balance?.net,
    settlementCurrency: balance?.currency.toUpperCase(),
    refunded: charge.amount_refunded,
  };
}
