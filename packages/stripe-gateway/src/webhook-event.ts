import type { WebhookEvent } from '@haven/core';
import type Stripe from 'stripe';
import { moneyEvent } from './money-gateway';

/** A verified Stripe event as the domain reads it: the same on the platform's endpoint and Connect's. */
export function toWebhookEvent(event: Stripe.Event): WebhookEvent {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return { id: event.id, type: event.type, sessionId: event.data.object.id };
    case 'invoice.paid':
    case 'invoice.payment_failed':
      return { id: event.id, type: event.type, invoiceId: event.data.object.id ?? '' };
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return { id: event.id, type: event.type, subscriptionId: event.data.object.id };
    default:
      return moneyEvent(event) ?? { id: event.id, type: 'other', stripeType: event.type };
  }
}
