import type { Db } from '@haven/db';
import { paymentsFromConfig } from '@haven/stripe-gateway';
import { createApp } from '@haven/web';
import { PUBLIC_URL } from './app';
import { STRIPE_KEY, WEBHOOK_SECRET } from './stripe-edge';

/** The full app with payments through the real Stripe SDK (answered by msw at Stripe's edge). */
export function createPaymentsApp(
  db: Db,
  now: () => Date = () => new Date('2026-11-25T12:00:00Z'),
) {
  return createApp({
    db,
    publicUrl: PUBLIC_URL,
    now,
    payments: paymentsFromConfig({
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      FEE_BASIS_POINTS: 290,
      FEE_FIXED_MINOR: 30,
    }),
    checkoutOrigins: ['https://checkout.stripe.com'],
  });
}
