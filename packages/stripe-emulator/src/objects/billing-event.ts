import Stripe from 'stripe';
import type { Invoice, Subscription } from './billing-types';
import type { EventRequest } from './event';

export type BillingEventType =
  | 'invoice.paid'
  | 'invoice.payment_failed'
  | 'customer.subscription.created'
  | 'customer.subscription.updated'
  | 'customer.subscription.deleted';

export type BillingEvent = {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: Invoice | Subscription; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: EventRequest;
  type: BillingEventType;
};

/** An event about an invoice or a subscription, carrying a copy of it as it is now. */
export function buildBillingEvent(input: {
  id: string;
  type: BillingEventType;
  object: Invoice | Subscription;
  previous?: Record<string, unknown>;
  created: number;
  request: EventRequest;
  pendingWebhooks: number;
}): BillingEvent {
  return {
    id: input.id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: input.created,
    data: {
      object: structuredClone(input.object),
      ...(input.previous ? { previous_attributes: input.previous } : {}),
    },
    livemode: false,
    pending_webhooks: input.pendingWebhooks,
    request: input.request,
    type: input.type,
  };
}
