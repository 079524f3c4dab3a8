import Stripe from 'stripe';

export type SessionEvent =
  | Stripe.CheckoutSessionCompletedEvent
  | Stripe.CheckoutSessionAsyncPaymentSucceededEvent
  | Stripe.CheckoutSessionAsyncPaymentFailedEvent
  | Stripe.CheckoutSessionExpiredEvent;

export type SessionEventType = SessionEvent['type'];

/** Every event the emulator sends. */
export type EmulatorEvent = SessionEvent | Stripe.AccountUpdatedEvent;

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
  account: string | null,
): SessionEvent {
  return {
    id,
    // Stripe names the connected account an event happened on; a platform event has no `account`.
    ...(account ? { account } : {}),
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

/** `account.updated`, sent to the Connect endpoint: the account as it is now, what changed. */
export function buildAccountUpdatedEvent(
  id: string,
  account: Stripe.Account,
  previous: Partial<Stripe.Account>,
  created: number,
  pendingWebhooks: number,
): Stripe.AccountUpdatedEvent {
  return {
    id,
    object: 'event',
    account: account.id,
    api_version: Stripe.API_VERSION,
    created,
    data: { object: structuredClone(account), previous_attributes: previous },
    livemode: false,
    pending_webhooks: pendingWebhooks,
    request: { id: null, idempotency_key: null },
    type: 'account.updated',
  };
}
