import type { Db } from '@haven/db';
import { checkoutOrigins, paymentsFromConfig } from '@haven/stripe-gateway';
import { createApp } from '@haven/web';
import { PUBLIC_URL } from './app';
import { CONNECT_WEBHOOK_SECRET, STRIPE_KEY, type TestStripe, WEBHOOK_SECRET } from './stripe';

/**
 * The full app in Connect mode (the platform's key, the Connect endpoint's secret), through the
 * real Stripe SDK pointed at the emulator: each organisation's gifts on its own account.
 */
export function createConnectApp(
  db: Db,
  stripe: Pick<TestStripe, 'apiBase'>,
  now: () => Date = () => new Date('2026-11-25T12:00:00Z'),
) {
  return createApp({
    db,
    publicUrl: PUBLIC_URL,
    now,
    payments: paymentsFromConfig({
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_API_BASE: stripe.apiBase,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_MODE: 'connect',
      STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_WEBHOOK_SECRET,
      FEE_BASIS_POINTS: 290,
      FEE_FIXED_MINOR: 30,
    }),
    checkoutOrigins: checkoutOrigins(stripe.apiBase),
  });
}

/** Delivers a Connect event's payload as Stripe does: signed with the Connect secret. */
export function deliverConnect(
  app: ReturnType<typeof createApp>,
  payload: string,
  sign: (payload: string) => string,
) {
  return app.request('/webhooks/stripe-connect', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': sign(payload) },
  });
}
