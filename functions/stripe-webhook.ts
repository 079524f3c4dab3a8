import { loadConfig, WebhookConfig } from '@haven/config';
import { createDb } from '@haven/db';
import { paymentsFromConfig } from '@haven/stripe-gateway';
import { createWebhookApp } from '@haven/web';
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
