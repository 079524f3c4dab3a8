import * as z from 'zod';
import { signature, type TestStripe } from './stripe';

const Moved = z.object({
  object: z.looseObject({ id: z.string() }),
  event_ids: z.array(z.string()),
});

/**
 * What the Dashboard, a bank or Stripe's payout schedule does to money after a payment, through
 * the emulator's control API: answers the new object's id and the payloads of the events it sent,
 * for the test to deliver as often and in whatever order it needs.
 */
export async function moneyMove(stripe: TestStripe, path: string, body: object = {}) {
  const response = await fetch(`${stripe.emulator.url}/_emulator${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  if (!response.ok) throw new Error(`${path}: ${JSON.stringify(json)}`);
  const moved = Moved.parse(json);
  const payloads = moved.event_ids.map((id) => {
    const record = stripe.emulator.events().find(({ event }) => event.id === id);
    if (!record) throw new Error(`no event ${id}`);
    return record.payload;
  });
  return { id: moved.object.id, payloads };
}

/** Delivers a payload to the webhook route, signed as Stripe signs it. */
export const deliverTo = (
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  payload: string,
) =>
  app.request('/webhooks/stripe', {
    method: 'POST',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(payload) },
  });
