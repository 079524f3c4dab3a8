import {
  type ConnectGateway,
  type ConnectWebhookEvent,
  connectEventKey,
  type Payments,
  WebhookSignatureError,
} from '@haven/core';
import { type Db, findOrganisationByStripeAccount, updateStripeAccountState } from '@haven/db';
import { logger } from '@haven/log';
import { Hono } from 'hono';
import { handleCheckoutEvent } from './checkout-webhook';
import { answerMoneyEvent } from './money-webhook';
import { handleMonthlyEvent } from './stripe-webhook-monthly';

type ConnectDeps = { db: Db; payments: Payments & { connect: ConnectGateway }; now: () => Date };

/**
 * Stripe's Connect endpoint: events of the organisations' own accounts, verified with the
 * endpoint's own secret. The organisation is the one that owns `event.account`, never one a
 * session's metadata (which a donor's request shaped) names; its events are recorded under keys
 * that name the account, so exactly-once holds per account. Statuses as on `/webhooks/stripe`.
 */
export function stripeConnectWebhookRoutes(deps: ConnectDeps) {
  return new Hono().post('/webhooks/stripe-connect', async (c) => {
    const requestId = c.get('requestId');
    let event: ConnectWebhookEvent;
    try {
      event = deps.payments.connect.parseWebhook(
        await c.req.text(),
        c.req.header('stripe-signature'),
      );
    } catch (error) {
      if (error instanceof WebhookSignatureError) {
        logger.warn('connect webhook refused', { requestId, reason: error.message });
        return c.json({ error: 'invalid signature' }, 400);
      }
      throw error;
    }
    if (event.type === 'other') return c.json({ received: true, ignored: event.stripeType });
    const org = await findOrganisationByStripeAccount(deps.db, event.account);
    if (!org) {
      // An account of no organisation here (or one since replaced): nothing of ours to change.
      logger.warn('connect event of an unknown account', { requestId, eventId: event.id });
      return c.json({ received: true, ignored: 'unknown account' });
    }
    const connect = {
      eventKey: connectEventKey(event.account, event.id),
      account: { accountId: event.account, orgSlug: org.slug },
    };
    switch (event.type) {
      case 'account.updated': {
        // Read back, not taken from the event: events may arrive in any order.
        const state = await deps.payments.connect.getAccount(event.account);
        await updateStripeAccountState(deps.db, org.slug, state, deps.now());
        logger.info('connect account updated', {
          requestId,
          eventId: event.id,
          orgSlug: org.slug,
          chargesEnabled: state.chargesEnabled,
        });
        return c.json({ received: true, chargesEnabled: state.chargesEnabled });
      }
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
      case 'checkout.session.async_payment_failed':
      case 'checkout.session.expired':
        return c.json(...(await handleCheckoutEvent(deps, event, requestId, connect)));
      case 'invoice.paid':
      case 'invoice.payment_failed':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted':
        return c.json(...(await handleMonthlyEvent(deps, event, requestId, connect)));
      case 'charge.refunded':
      case 'refund.created':
      case 'refund.updated':
      case 'charge.dispute.created':
      case 'charge.dispute.closed':
      case 'charge.dispute.funds_withdrawn':
      case 'charge.dispute.funds_reinstated':
      case 'payout.paid':
      case 'payout.failed':
        // Booked under entry keys of Stripe's own objects (refund, dispute, payout ids), unique
        // across accounts, so exactly-once needs no event key here.
        return c.json(...(await answerMoneyEvent(deps, event, requestId, connect.account)));
    }
  });
}

/** The Connect endpoint, when the service runs with Connect; nothing otherwise. */
export function connectWebhookRoutesFor(deps: { db: Db; payments?: Payments; now: () => Date }) {
  const { payments } = deps;
  if (!payments?.connect) return new Hono();
  return stripeConnectWebhookRoutes({
    db: deps.db,
    now: deps.now,
    payments: { ...payments, connect: payments.connect },
  });
}
