import * as z from 'zod';
import type { TestStripe } from './stripe';

const Transition = z.object({ event_ids: z.array(z.string()).length(1) });

/**
 * Pays a session by card as a given person (the shared `stripe.pay` always pays as DONOR) and
 * answers the payload Stripe would deliver.
 */
export async function payAs(
  stripe: TestStripe,
  sessionId: string,
  email: string,
  name = 'A Donor',
) {
  const response = await fetch(`${stripe.apiBase}/_emulator/sessions/${sessionId}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ card: '4242424242424242', email, name }),
  });
  if (!response.ok) throw new Error(`pay ${sessionId}: ${response.status}`);
  const [eventId] = Transition.parse(await response.json()).event_ids;
  const record = stripe.emulator.events().find(({ event }) => event.id === eventId);
  if (!record) throw new Error(`no event ${eventId}`);
  return record.payload;
}
