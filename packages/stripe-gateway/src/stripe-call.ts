import { NotFoundError, PaymentProviderBusyError, PaymentProviderError } from '@haven/core';
import Stripe from 'stripe';

/** Stripe's own errors become the domain's: transient ones say "retry", others pass through. */
export async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeRateLimitError) {
      throw new PaymentProviderBusyError(error.message, { cause: error });
    }
    if (
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError
    ) {
      throw new PaymentProviderError(error.message, { cause: error });
    }
    if (
      error instanceof Stripe.errors.StripeInvalidRequestError &&
      error.code === 'resource_missing'
    ) {
      throw new NotFoundError(error.message, { cause: error });
    }
    throw error;
  }
}
