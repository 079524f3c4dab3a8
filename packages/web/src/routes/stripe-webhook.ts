import type { Payments } from '@haven/core';
import { WebhookSignatureError } from '@haven/core';
import type { Db } from '@haven/db';
import { settleCheckout } from '@haven/donations';
import { logger } from '@haven/log';
import { Hono } from 'hono';
import { handleMoneyEvent } from './money-webhook';
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
      case 'checkout.session.expired': {
        const result = await settleCheckout(
          { db: deps.db, payments: deps.payments, now: deps.now() },
          {
            eventKey: event.id,
            sessionId: event.sessionId,
            asyncPaymentFailed: event.type === 'checkout.session.async_payment_failed',
          },
        );
        logger.info('webhook handled', {
          requestId: c.get('requestId'),
          eventId: event.id,
          eventType: event.type,
          pledgeId: result.state?.pledgeId,
          effect: result.effect,
        });
        if (result.effect === 'amount_mismatch') {
          // Permanent: retrying cannot fix it. Logged for a person to look at; the pledge stays as it was.
          logger.error('charged amount differs from pledge', {
            eventId: event.id,
            pledgeId: result.state?.pledgeId,
          });
        }
        if (result.effect === 'nothing_to_do' && result.state.paymentStatus === 'paid') {
          // Paid, but the fee and net are not on Stripe's balance transaction yet: ask Stripe to
          // deliver the event again later rather than record a payment without its figures.
          return c.json({ received: false, retry: 'settlement not available yet' }, 503);
        }
        return c.json({ received: true, effect: result.effect });
      }
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
      case 'payout.failed': {
        const effect = await handleMoneyEvent({ ...deps, now: deps.now() }, event);
        logger.info('webhook handled', {
          requestId: c.get('requestId'),
          eventId: event.id,
          eventType: event.type,
          effect,
        });
        // The payment's own event has not arrived yet: Stripe will deliver this one again.
        if (effect === 'payment_not_recorded') return c.json({ received: false, effect }, 503);
        return c.json({ received: true, effect });
      }
      case 'other':
        return c.json({ received: true, ignored: event.stripeType });
    }
  });
  return app;
}
