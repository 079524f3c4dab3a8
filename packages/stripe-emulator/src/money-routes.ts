import { Hono } from 'hono';
import type Stripe from 'stripe';
import * as z from 'zod';
import type { Emulator } from './emulator';
import { invalidRequest, resourceMissing } from './errors';
import { type AppEnv, parseWith, readForm, readQuery } from './http';

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

/** Refunds, disputes, payouts and the balance transactions a payout paid out. */
export function moneyRoutes(emulator: Emulator) {
  const { store, money } = emulator;
  return new Hono<AppEnv>()
    .post('/refunds', async (c) => {
      const params = parseWith(RefundCreateParams, await readForm(c));
      const chargeId = params.charge ?? chargeOfIntent(store.paymentIntents, params.payment_intent);
      const { object } = money.createRefund(
        { chargeId, amount: params.amount, reason: params.reason, metadata: params.metadata },
        { id: c.get('requestId'), idempotency_key: c.req.header('Idempotency-Key') ?? null },
      );
      return c.json(object);
    })
    .get('/refunds', (c) => {
      const params = parseWith(ListParams, readQuery(c));
      const all = [...store.refunds.values()]
        .filter((refund) => params.charge === undefined || refund.charge === params.charge)
        .reverse();
      return c.json(page('/v1/refunds', all, params));
    })
    .get('/refunds/:id', (c) => {
      const refund = store.refunds.get(c.req.param('id'));
      if (!refund) throw resourceMissing('refund', c.req.param('id'));
      return c.json(refund);
    })
    .get('/disputes/:id', (c) => {
      const dispute = store.disputes.get(c.req.param('id'));
      if (!dispute) throw resourceMissing('dispute', c.req.param('id'));
      return c.json(dispute);
    })
    .get('/payouts/:id', (c) => {
      const payout = store.payouts.get(c.req.param('id'));
      if (!payout) throw resourceMissing('payout', c.req.param('id'));
      return c.json(payout);
    })
    .get('/balance_transactions', (c) => {
      const params = parseWith(ListParams, readQuery(c));
      const all = [...store.balanceTransactions.values()]
        .filter(
          (txn) => params.payout === undefined || store.paidOutBy.get(txn.id) === params.payout,
        )
        .reverse();
      return c.json(page('/v1/balance_transactions', all, params));
    });
}

function chargeOfIntent(intents: Map<string, Stripe.PaymentIntent>, id: string | undefined) {
  if (!id) throw invalidRequest('One of `charge` or `payment_intent` is required.', 'charge');
  const charge = intents.get(id)?.latest_charge;
  if (typeof charge !== 'string') throw resourceMissing('payment_intent', id, 'payment_intent');
  return charge;
}
