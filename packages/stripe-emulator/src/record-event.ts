import type { BillingEvent } from './objects/billing-event';
import type { SessionEvent } from './objects/event';
import type { Store } from './store';
import type { WebhookDispatcher } from './webhooks';

/**
 * Keeps an event with the exact bytes every delivery of it will carry, and queues it behind the
 * earlier events of the same `chainKey` (a Checkout Session, or a subscription), so each
 * object's events leave in the order they happened while different objects' may cross.
 */
export function recordEvent(
  store: Store,
  webhooks: WebhookDispatcher,
  event: SessionEvent | BillingEvent,
  chainKey: string,
): string {
  const record = {
    event,
    payload: JSON.stringify(event, null, 2),
    sessionId: chainKey,
    deliveries: [],
  };
  store.events.set(event.id, record);
  webhooks.enqueue(record);
  return event.id;
}
