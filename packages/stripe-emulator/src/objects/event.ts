import Stripe from 'stripe';

export type SessionEvent =
  | Stripe.CheckoutSessionCompletedEvent
  | Stripe.CheckoutSessionAsyncPaymentSucceededEvent
  | Stripe.CheckoutSessionAsyncPaymentFailedEvent
  | Stripe.CheckoutSessionExpiredEvent;

export type SessionEventType = SessionEvent['type'];

export type EventRequest = { id: string | null; idempotency_key: string | null };

/**
 * An event carrying the session as it is at this moment (a deep copy, so later changes to the
 * session do not leak into an event that is redelivered). `api_version` is the version the
 * installed SDK pins, which is what Stripe would use for an endpoint created with it.
 */
export function buildSessionEvent(
  id: string,
  type: SessionEventType,
  session: Stripe.Checkout.Session,
  created: number,
  request: EventRequest,
  pendingWebhooks: number,
): SessionEvent {
  return {
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created,
    data: { object: structuredClone(session) },
    livemode: false,
    pending_webhooks: pendingWebhooks,
    request,
    type,
  };
}
