import { loadConfig, WebhookConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
import { paymentsFromConfig } from '@haven/stripe-gateway';
// The webhook alone, without the pages and the OpenAPI machinery the rest of the app loads.
import { createWebhookApp } from '@haven/web/webhook';
import { handle } from 'hono/aws-lambda';

// Without STRIPE_WEBHOOK_SECRET this throws at cold start: unverified events are never accepted.
const config = loadConfig(WebhookConfig);
const db = dbFromConfig(config);

/** POST /webhooks/stripe: verified, then applied exactly once. */
export const handler = withLogContext(
  handle(createWebhookApp({ db, payments: paymentsFromConfig(config), now: () => new Date() })),
);
