import type { Payments } from '@haven/core';
import { WebhookSignatureError } from '@haven/core';
import type { Db } from '@haven/db';
import { logger } from '@haven/log';
import { Hono } from 'hono';
import { handleCheckoutEvent } from './checkout-webhook';
import { answerMoneyEvent } from './money-webhook';
import { handleMonthlyEvent } from './stripe-webhook-monthly';

/**
 * Stripe's webhook. The raw body is verified before anything is read from it. The status code
 * tells Stripe what to do: 2xx done (or deliberately ignored), 400 never retry (bad signature),
 * 5xx retry later (a transient failure here or at Stripe).
 */
export function stripeWebhookRoutes(deps: { db: Db; payments: Payments; now: () => Date }) {
  const app = new Hono();
  app.post('/webhooks/stripe', async (c) => {
    const payload = await c.req.text();
    let event: ReturnType<Payments['gateway']['parseWebhook']>;
    try {
      event = deps.payments.gateway.parseWebhook(payload, c.req.header('stripe-signature'));
    } catch (error) {
      if (error instanceof WebhookSignatureError) {
        logger.warn('webhook refused', { requestId: c.get('requestId'), reason: error.message });
        return c.json({ error: 'invalid signature' }, 400);
      }
      throw error;
    }
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
      case 'checkout.session.async_payment_failed':
      case 'checkout.session.expired':
        return c.json(...(await handleCheckoutEvent(deps, event, c.get('requestId'))));
      case 'invoice.paid':
      case 'invoice.payment_failed':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted':
        return c.json(...(await handleMonthlyEvent(deps, event, c.get('requestId'))));
      case 'charge.refunded':
      case 'refund.created':
      case 'refund.updated':
      case 'charge.dispute.created':
      case 'charge.dispute.closed':
      case 'charge.dispute.funds_withdrawn':
      case 'charge.dispute.funds_reinstated':
      case 'payout.paid':
      case 'payout.failed':
        return c.json(...(await answerMoneyEvent(deps, event, c.get('requestId'))));
      case 'other':
        return c.json({ received: true, ignored: event.stripeType });
    }
  });
  return app;
}
