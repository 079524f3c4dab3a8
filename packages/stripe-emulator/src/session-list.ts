import type Stripe from 'stripe';
import * as z from 'zod';
import { type AccountScope, isOwnedBy } from './account-scope';
import { resourceMissing } from './errors';
import { expandSession } from './expand';
import type { Store } from './store';

const Seconds = z.coerce.number().int().nonnegative();

/** Stripe's `created` filter on every list: one instant, or any of `gt`, `gte`, `lt`, `lte`. */
export const CreatedRange = z.union([
  Seconds.transform((at) => ({ gte: at, lte: at })),
  z.strictObject({
    gt: Seconds.optional(),
    gte: Seconds.optional(),
    lt: Seconds.optional(),
    lte: Seconds.optional(),
  }),
]);

/** `GET /v1/checkout/sessions`' parameters, as the SDK's list and auto-pagination send them. */
export const SessionListParams = z.strictObject({
  created: CreatedRange.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: z.string().optional(),
  ending_before: z.string().optional(),
  status: z.enum(['open', 'complete', 'expired']).optional(),
  payment_intent: z.string().optional(),
  expand: z.array(z.string()).optional(),
});
export type SessionListParams = z.infer<typeof SessionListParams>;

type Range = { gt?: number; gte?: number; lt?: number; lte?: number };
export const within = (at: number, range: Range = {}) =>
  (range.gt === undefined || at > range.gt) &&
  (range.gte === undefined || at >= range.gte) &&
  (range.lt === undefined || at < range.lt) &&
  (range.lte === undefined || at <= range.lte);

/**
 * A page of Checkout Sessions as Stripe lists them: newest first, `limit` at a time, the next
 * page after `starting_after` (the last id of the page before), `has_more` while any remain.
 * `expand` paths start with `data.`, as Stripe's do for lists.
 */
export function listSessions(
  store: Store,
  params: SessionListParams,
  now: number,
  account: AccountScope = null,
): Stripe.ApiList<Stripe.Checkout.Session> {
  // Insertion order breaks ties between sessions created in the same second, newest first.
  const all = [...store.sessions.values()]
    .map((record) => record.session)
    .reverse()
    .filter(
      (session) =>
        isOwnedBy(store, session.id, account) &&
        within(session.created, params.created) &&
        (params.status === undefined || session.status === params.status) &&
        (params.payment_intent === undefined || session.payment_intent === params.payment_intent),
    )
    .sort((a, b) => b.created - a.created);
  let from = 0;
  let to = all.length;
  if (params.starting_after !== undefined) from = indexOf(all, params.starting_after) + 1;
  if (params.ending_before !== undefined) to = indexOf(all, params.ending_before);
  const window =
    params.ending_before !== undefined && params.starting_after === undefined
      ? all.slice(Math.max(0, to - params.limit), to)
      : all.slice(from, Math.min(to, from + params.limit));
  const expand = (params.expand ?? []).flatMap((path) =>
    path.startsWith('data.') ? [path.slice('data.'.length)] : [],
  );
  return {
    object: 'list',
    url: '/v1/checkout/sessions',
    has_more:
      params.ending_before !== undefined && params.starting_after === undefined
        ? to - params.limit > 0
        : from + params.limit < to,
    data: window.map((session) => expandSession(store, session, expand, now)),
  };
}

function indexOf(sessions: Stripe.Checkout.Session[], id: string): number {
  const index = sessions.findIndex((session) => session.id === id);
  if (index === -1) throw resourceMissing('checkout.session', id);
  return index;
}
