import { Hono } from 'hono';
import * as z from 'zod';
import { requireTestKey } from './auth';
import type { Emulator } from './emulator';
import { resourceMissing, StripeApiError } from './errors';
import {
  expandBalanceTransaction,
  expandCharge,
  expandPaymentIntent,
  expandSession,
} from './expand';
import { type AppEnv, nowSeconds, parseWith, readForm, readQuery } from './http';
import { idempotency } from './idempotency';
import { moneyRoutes } from './money-routes';
import { listSessions, SessionListParams } from './session-list';
import { SessionCreateParams } from './session-params';

const ExpandOnly = z.strictObject({ expand: z.array(z.string()).optional() });

/** The subset of Stripe's v1 API the service calls, in Stripe's wire format. */
export function apiRoutes(emulator: Emulator) {
  const { store } = emulator;
  const expandParam = (input: unknown) => parseWith(ExpandOnly, input).expand ?? [];

  return new Hono<AppEnv>()
    .use('*', requireTestKey, idempotency(store))
    .post('/checkout/sessions', async (c) => {
      const params = parseWith(SessionCreateParams, await readForm(c));
      const session = emulator.createSession(params);
      return c.json(expandSession(store, session, params.expand ?? [], nowSeconds()));
    })
    .get('/checkout/sessions', (c) =>
      c.json(listSessions(store, parseWith(SessionListParams, readQuery(c)), nowSeconds())),
    )
    .get('/checkout/sessions/:id', (c) => {
      const expand = expandParam(readQuery(c));
      const { session } = emulator.getSession(c.req.param('id'));
      return c.json(expandSession(store, session, expand, nowSeconds()));
    })
    .post('/checkout/sessions/:id/expire', async (c) => {
      const expand = expandParam(await readForm(c));
      const request = {
        id: c.get('requestId'),
        idempotency_key: c.req.header('Idempotency-Key') ?? null,
      };
      const { session } = emulator.expire(c.req.param('id'), request);
      return c.json(expandSession(store, session, expand, nowSeconds()));
    })
    .get('/payment_intents/:id', (c) => {
      const id = c.req.param('id');
      const pi = store.paymentIntents.get(id);
      if (!pi) throw resourceMissing('payment_intent', id, 'intent');
      return c.json(expandPaymentIntent(store, pi, expandParam(readQuery(c)), nowSeconds()));
    })
    .get('/charges/:id', (c) => {
      const id = c.req.param('id');
      const charge = store.charges.get(id);
      if (!charge) throw resourceMissing('charge', id);
      return c.json(expandCharge(store, charge, expandParam(readQuery(c)), nowSeconds()));
    })
    .get('/balance_transactions/:id', (c) => {
      const id = c.req.param('id');
      const txn = store.balanceTransactions.get(id);
      if (!txn) throw resourceMissing('balance_transaction', id);
      return c.json(expandBalanceTransaction(store, txn, expandParam(readQuery(c)), nowSeconds()));
    })
    .route('/', moneyRoutes(emulator))
    .all('*', (c) => {
      const path = new URL(c.req.url).pathname;
      throw new StripeApiError(
        404,
        'invalid_request_error',
        `Unrecognized request URL (${c.req.method}: ${path}). The Haven Stripe emulator implements only the endpoints the service uses.`,
      );
    });
}
