import type { Db } from '@haven/db';
import { checkoutOrigins, paymentsFromConfig } from '@haven/stripe-gateway';
import { createApp, type GuardOptions } from '@haven/web';
import { PUBLIC_URL } from './app';
import { STRIPE_KEY, type TestStripe, WEBHOOK_SECRET } from './stripe';

/** The full app with payments through the real Stripe SDK, pointed at the Stripe emulator. */
export function createPaymentsApp(
  db: Db,
  stripe: Pick<TestStripe, 'apiBase'>,
  now: () => Date = () => new Date('2026-11-25T12:00:00Z'),
  guard?: GuardOptions,
) {
  return createApp({
    db,
    publicUrl: PUBLIC_URL,
    now,
    payments: paymentsFromConfig({
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_API_BASE: stripe.apiBase,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      FEE_BASIS_POINTS: 290,
      FEE_FIXED_MINOR: 30,
    }),
    checkoutOrigins: checkoutOrigins(stripe.apiBase),
    guard,
  });
}
