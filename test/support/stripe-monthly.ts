import * as z from 'zod';
import { DONOR, type TestStripe } from './stripe';

const Moved = z.object({ event_ids: z.array(z.string()) });
const DAY = 86_400;

export type StripeEventPayload = { id: string; type: string; payload: string };

/**
 * A monthly gift's moves at the Stripe emulator, each answering the events it caused, as Stripe
 * would send them, for the test to deliver in whatever order and as often as it needs.
 */
export function monthlyStripe(stripe: TestStripe) {
  const { emulator } = stripe;
  const events = (ids: readonly string[]): (StripeEventPayload & { about: string })[] =>
    ids.map((id) => {
      const record = emulator.events().find(({ event }) => event.id === id);
      if (!record) throw new Error(`no event ${id}`);
      return {
        id,
        type: record.event.type,
        payload: record.payload,
        about: record.sessionId ?? id,
      };
    });
  const control = async (path: string, body: object) => {
    const response = await fetch(`${emulator.url}/_emulator${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`${path}: ${JSON.stringify(json)}`);
    return json;
  };
  /** Every event so far about one subscription, oldest first. */
  const eventsOf = (subscriptionId: string) =>
    events(
      emulator
        .events()
        .filter((record) => record.sessionId === subscriptionId)
        .map(({ event }) => event.id),
    );
  return {
    /**
     * The donor subscribes by card on Checkout; `startedAt` sets the subscription's own clock.
     * A campaign counts people once: a test that counts a new supporter names a new `donor`.
     */
    async subscribe(
      sessionId: string,
      startedAt: Date,
      donor: { email: string; name: string } = DONOR,
    ) {
      const moved = Moved.parse(
        await control(`/sessions/${sessionId}/pay`, {
          card: '4242424242424242',
          ...donor,
          paid_at: Math.floor(startedAt.getTime() / 1000),
        }),
      );
      const [completed, ...rest] = events(moved.event_ids);
      const invoicePaid = rest.find(({ type }) => type === 'invoice.paid');
      if (!completed || !invoicePaid) throw new Error('subscribing sent no checkout or invoice');
      const subscriptionId = JSON.parse(completed.payload).data.object.subscription;
      return {
        completed,
        invoicePaid,
        all: events(moved.event_ids),
        subscriptionId: String(subscriptionId),
      };
    },
    /**
     * Moves every clock a month on (31 days): the renewals that fall due, and the events about
     * this subscription (other tests' subscriptions renew too, unheard).
     */
    async advanceMonth(subscriptionId: string) {
      const moved = Moved.parse(await control('/clock/advance', { seconds: 31 * DAY }));
      return events(moved.event_ids).filter(({ about }) => about === subscriptionId);
    },
    async failRenewals(subscriptionId: string, count: number) {
      await control(`/subscriptions/${subscriptionId}/fail_renewals`, { count });
    },
    eventsOf,
  };
}
