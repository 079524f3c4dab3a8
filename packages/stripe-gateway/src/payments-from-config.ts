import type { Payments } from '@haven/core';
import { createStripeClient } from './client';
import { connectGateway } from './connect-gateway';
import { stripeGateway } from './stripe-gateway';

/** The payment side of the app, built from configuration (real Stripe, or the local emulator). */
export function paymentsFromConfig(config: {
  STRIPE_SECRET_KEY: string;
  STRIPE_API_BASE?: string | undefined;
  STRIPE_WEBHOOK_SECRET?: string | undefined;
  STRIPE_MODE?: 'single' | 'connect';
  STRIPE_CONNECT_WEBHOOK_SECRET?: string | undefined;
  FEE_BASIS_POINTS: number;
  FEE_FIXED_MINOR: number;
}): Payments {
  const stripe = createStripeClient({
    secretKey: config.STRIPE_SECRET_KEY,
    apiBase: config.STRIPE_API_BASE,
  });
  return {
    gateway: stripeGateway(stripe, { webhookSecret: config.STRIPE_WEBHOOK_SECRET }),
    feeModel: { basisPoints: config.FEE_BASIS_POINTS, fixedMinor: config.FEE_FIXED_MINOR },
    ...(config.STRIPE_MODE === 'connect'
      ? {
          connect: connectGateway(stripe, {
            connectWebhookSecret: config.STRIPE_CONNECT_WEBHOOK_SECRET,
          }),
        }
      : {}),
  };
}

/** Where the donation form may send the browser: Stripe's Checkout, or the emulator. */
export const checkoutOrigins = (apiBase: string | undefined): string[] =>
  apiBase
    ? [new URL(apiBase).origin]
    : // Checkout, and the billing portal where a monthly donor changes their card.
      ['https://checkout.stripe.com', 'https://billing.stripe.com'];
