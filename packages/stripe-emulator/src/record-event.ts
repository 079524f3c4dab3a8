import type { AccountScope } from './account-scope';
import type { EventRecord, Store } from './store';
import type { WebhookDispatcher } from './webhooks';

/**
 * Keeps an event with the exact bytes every delivery of it will carry, and queues it behind the
 * earlier events of the same `chainKey` (a Checkout Session, or a subscription), so each
 * object's events leave in the order they happened while different objects' may cross. An
 * event of a connected account (`account`) goes to the Connect endpoint, else to the platform's.
 */
export function recordEvent(
  store: Store,
  webhooks: WebhookDispatcher,
  event: EventRecord['event'],
  chainKey: string | null,
  account: AccountScope,
): string {
  const record = {
    event,
    account,
    payload: JSON.stringify(event, null, 2),
    sessionId: chainKey,
    deliveries: [],
  };
  store.events.set(event.id, record);
  webhooks.enqueue(record);
  return event.id;
}
