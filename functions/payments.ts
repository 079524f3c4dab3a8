import { loadConfig, PaymentsConfig } from '@haven/config';
import { createDb } from '@haven/db';
import { checkoutOrigins, paymentsFromConfig } from '@haven/stripe-gateway';
import { createApp } from '@haven/web';
import { handle } from 'hono/aws-lambda';

const config = loadConfig(PaymentsConfig);
const db = createDb({
  tableName: config.TABLE_NAME,
  endpoint: config.DYNAMODB_ENDPOINT,
  region: config.AWS_REGION,
});

/**
 * The donation form's POST, the JSON donation route and the thank-you page: the routes that talk
 * to Stripe, kept apart so the page-serving function stays small.
 */
export const handler = handle(
  createApp({
    db,
    publicUrl: config.PUBLIC_URL,
    payments: paymentsFromConfig(config),
    checkoutOrigins: checkoutOrigins(config.STRIPE_API_BASE),
  }),
);
