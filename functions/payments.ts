import { DonationsConfig, loadConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
import { checkoutOrigins, paymentsFromConfig } from '@haven/stripe-gateway';
// Only the routes that call Stripe: not the staff or public pages.
import { createPaymentsApp, guardFromConfig } from '@haven/web/payments';
import type { Context } from 'hono';
import { getConnInfo, handle } from 'hono/aws-lambda';

const config = loadConfig(DonationsConfig);
const db = dbFromConfig(config);
// The per-address limit counts the address API Gateway saw, which a client cannot forge.
const guard = {
  ...guardFromConfig(config),
  clientIp: (c: Context) => getConnInfo(c).remote.address,
};

/**
 * The donation form's POST, the JSON donation route and the thank-you page: the routes that talk
 * to Stripe, kept apart so the page-serving function stays small.
 */
export const handler = withLogContext(
  handle(
    createPaymentsApp({
      db,
      publicUrl: config.PUBLIC_URL,
      now: () => new Date(),
      payments: paymentsFromConfig(config),
      checkoutOrigins: checkoutOrigins(config.STRIPE_API_BASE),
      guard,
    }),
  ),
);
