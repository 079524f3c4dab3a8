import { loadConfig, WebhookConfig } from '@haven/config';
import { createDb } from '@haven/db';
import { paymentsFromConfig } from '@haven/stripe-gateway';
// The webhook alone, without the pages and the OpenAPI machinery the rest of the app loads.
import { createWebhookApp } from '@haven/web/webhook';
import { handle } from 'hono/aws-lambda';

// Without STRIPE_WEBHOOK_SECRET this throws at cold start: unverified events are never accepted.
const config = loadConfig(WebhookConfig);
const db = createDb({
  tableName: config.TABLE_NAME,
  endpoint: config.DYNAMODB_ENDPOINT,
  region: config.AWS_REGION,
});

/** POST /webhooks/stripe: verified, then applied exactly once. */
export const handler = handle(createWebhookApp({ db, payments: paymentsFromConfig(config) }));
