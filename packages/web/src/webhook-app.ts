import type { Payments } from '@haven/core';
import type { Db } from '@haven/db';
import { errorFields, logger } from '@haven/log';
import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { webhookBodyLimit } from './guard/body-limit';
import { requestLog } from './request-log';
import { RETRY_AFTER_SECONDS } from './retry-after';
import { connectWebhookRoutesFor } from './routes/stripe-connect-webhook';
import { stripeWebhookRoutes } from './routes/stripe-webhook';

/** The Stripe webhook alone, for its own Lambda: no pages, no other secrets. */
export function createWebhookApp(deps: { db: Db; payments: Payments; now: () => Date }) {
  const app = new Hono();
  app.use(requestId());
  app.use(requestLog());
  app.use(secureHeaders());
  app.use(webhookBodyLimit());
  app.route('/', stripeWebhookRoutes(deps));
  app.route('/', connectWebhookRoutesFor(deps));
  app.onError((error, c) => {
    // Anything unexpected is answered 5xx so that Stripe delivers the event again later.
    logger.error('webhook failed', { requestId: c.get('requestId'), ...errorFields(error) });
    return c.json({ error: 'temporarily unavailable' }, 503, {
      'Retry-After': RETRY_AFTER_SECONDS,
    });
  });
  return app;
}
