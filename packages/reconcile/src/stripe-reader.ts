import { createStripeClient } from '@haven/stripe-gateway';
import Stripe from 'stripe';
import type { StripeCharge, StripeReader } from './stripe-check';

/**
 * Reads charges with the real Stripe SDK (or the local emulator with `apiBase`), each with its
 * balance transaction expanded. Only figures leave this function: the charge's billing
 * details (the donor's name and email) are dropped here.
 */
export function stripeReader(options: { secretKey: string; apiBase?: string }): StripeReader {
  const stripe = createStripeClient(options);
  return {
    async getCharge(chargeId) {
      let charge: Stripe.Charge;
      try {
        charge = await stripe.charges.retrieve(chargeId, { expand: ['balance_transaction'] });
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
