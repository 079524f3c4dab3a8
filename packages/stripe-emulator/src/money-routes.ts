import { Hono } from 'hono';
import type Stripe from 'stripe';
import * as z from 'zod';
import { type AccountScope, getOwned, isOwnedBy } from './account-scope';
import type { Emulator } from './emulator';
import { invalidRequest, resourceMissing } from './errors';
import { type AppEnv, parseWith, readForm, readQuery } from './http';
import { CreatedRange, within } from './session-list';
import type { Store } from './store';

const RefundCreateParams = z.strictObject({
  charge: z.string().optional(),
  payment_intent: z.string().optional(),
  amount: z.coerce.number().int().positive().optional(),
  reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
  metadata: z.record(z.string(), z.string()).optional(),
  expand: z.array(z.string()).optional(),
});

const ListParams = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(10),
  starting_after: z.string().optional(),
  charge: z.string().optional(),
  payout: z.string().optional(),
  created: CreatedRange.optional(),
  expand: z.array(z.string()).optional(),
});
type ListParams = z.infer<typeof ListParams>;

/** A page of a list, newest first, as Stripe pages them (`starting_after` the last id seen). */
function page<T extends { id: string }>(url: string, all: T[], params: ListParams) {
  const from = params.starting_after
    ? all.findIndex((item) => item.id === params.starting_after) + 1
    : 0;
  if (params.starting_after && from === 0) throw resourceMissing('object', params.starting_after);
  return {
    object: 'list' as const,
    url,
    has_more: from + params.limit < all.length,
    data: all.slice(from, from + params.limit),
  };
}

/**
 * Replaces the balance-transaction ids `paths` name with their objects (`balance_transaction`,
 * `failure_balance_transaction`, with `data.` in lists), as Stripe's `expand[]` does.
 */
function expandTxns(
  store: Store,
  object: object,
  paths: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...object };
  for (const path of paths) {
    const field = path.startsWith('data.') ? path.slice('data.'.length) : path;
    if (field !== 'balance_transaction' && field !== 'failure_balance_transaction') {
      throw invalidRequest(`This property cannot be expanded (${field}).`, 'expand');
    }
    const id = out[field];
    if (typeof id === 'string') out[field] = store.balanceTransactions.get(id) ?? id;
  }
  return out;
}

/** Refunds, disputes, payouts and the balance transactions a payout paid out. */
export function moneyRoutes(emulator: Emulator) {
  const { store, money } = emulator;
  return new Hono<AppEnv>()
    .post('/refunds', async (c) => {
      const params = parseWith(RefundCreateParams, await readForm(c));
      const chargeId = params.charge ?? chargeOfIntent(store.paymentIntents, params.payment_intent);
      // Only a charge of the account the request acts as (Stripe-Account) can be refunded.
      getOwned(store, store.charges, chargeId, c.get('account'), 'charge', 'charge');
      const { object } = money.createRefund(
        { chargeId, amount: params.amount, reason: params.reason, metadata: params.metadata },
        { id: c.get('requestId'), idempotency_key: c.req.header('Idempotency-Key') ?? null },
      );
      return c.json(expandTxns(store, object, params.expand ?? []));
    })
    .get('/refunds', (c) => {
      const params = parseWith(ListParams, readQuery(c));
      const all = [...store.refunds.values()]
        .filter((refund) => params.charge === undefined || refund.charge === params.charge)
        .filter((refund) => isOwnedBy(store, refund.id, c.get('account')))
        .filter((refund) => within(refund.created, params.created))
        .reverse();
      const listed = page('/v1/refunds', all, params);
      const data = listed.data.map((refund) => expandTxns(store, refund, params.expand ?? []));
      return c.json({ ...listed, data });
    })
    .get('/refunds/:id', (c) => {
      const refund = getOwned(store, store.refunds, c.req.param('id'), c.get('account'), 'refund');
      return c.json(expandTxns(store, refund, expandOf(readQuery(c))));
    })
    .get('/charges', (c) => {
      const params = parseWith(ListParams, readQuery(c));
      return c.json(
        page('/v1/charges', listed(store, store.charges, params, c.get('account')), params),
      );
    })
    .get('/disputes', (c) => {
      const params = parseWith(ListParams, readQuery(c));
      return c.json(
        page('/v1/disputes', listed(store, store.disputes, params, c.get('account')), params),
      );
    })
    .get('/payouts', (c) => {
      const params = parseWith(ListParams, readQuery(c));
      const listedPage = page(
        '/v1/payouts',
        listed(store, store.payouts, params, c.get('account')),
        params,
      );
      const data = listedPage.data.map((payout) => expandTxns(store, payout, params.expand ?? []));
      return c.json({ ...listedPage, data });
    })
    .get('/disputes/:id', (c) => {
      const dispute = getOwned(
        store,
        store.disputes,
        c.req.param('id'),
        c.get('account'),
        'dispute',
      );
      return c.json(dispute);
    })
    .get('/payouts/:id', (c) => {
      const payout = getOwned(store, store.payouts, c.req.param('id'), c.get('account'), 'payout');
      return c.json(expandTxns(store, payout, expandOf(readQuery(c))));
    })
    .get('/balance_transactions', (c) => {
      const params = parseWith(ListParams, readQuery(c));
      const all = [...store.balanceTransactions.values()]
        .filter(
          (txn) =>
            (params.payout === undefined || store.paidOutBy.get(txn.id) === params.payout) &&
            isOwnedBy(store, txn.id, c.get('account')),
        )
        .reverse();
      return c.json(page('/v1/balance_transactions', all, params));
    });
}

/**
 * The account's objects of one kind created in the `created` range, newest first, as Stripe's
 * list endpoints return them (`charge` narrows to one charge's, for the kinds that have one).
 */
function listed<T extends { id: string; created: number; charge?: unknown }>(
  store: Store,
  objects: ReadonlyMap<string, T>,
  params: ListParams,
  account: AccountScope,
): T[] {
  return [...objects.values()]
    .filter(
      (object) =>
        isOwnedBy(store, object.id, account) &&
        within(object.created, params.created) &&
        (params.charge === undefined || object.charge === params.charge),
    )
    .reverse()
    .sort((a, b) => b.created - a.created);
}

const expandOf = (query: unknown) =>
  parseWith(z.strictObject({ expand: z.array(z.string()).optional() }), query).expand ?? [];

function chargeOfIntent(intents: Map<string, Stripe.PaymentIntent>, id: string | undefined) {
  if (!id) throw invalidRequest('One of `charge` or `payment_intent` is required.', 'charge');
  const charge = intents.get(id)?.latest_charge;
  if (typeof charge !== 'string') throw resourceMissing('payment_intent', id, 'payment_intent');
  return charge;
}
