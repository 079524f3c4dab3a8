import { DonationsConfig, loadConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
import { checkoutOrigins, paymentsFromConfig } from '@haven/stripe-gateway';
import { createApp, guardFromConfig } from '@haven/web';
import { handle } from 'hono/aws-lambda';

const config = loadConfig(DonationsConfig);
const db = dbFromConfig(config);
const guard = guardFromConfig(config);

/**
 * The donation form's POST, the JSON donation route and the thank-you page: the routes that talk
 * to Stripe, kept apart so the page-serving function stays small.
 */
export const handler = withLogContext(
  handle(
    createApp({
      db,
      publicUrl: config.PUBLIC_URL,
      now: () => new Date(),
      payments: paymentsFromConfig(config),
      checkoutOrigins: checkoutOrigins(config.STRIPE_API_BASE),
      guard,
    }),
  ),
);
