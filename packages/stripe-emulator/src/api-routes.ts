import { Hono } from 'hono';
import * as z from 'zod';
import { getOwned, stripeAccount } from './account-scope';
import { requireTestKey } from './auth';
import { billingApiRoutes } from './billing-api-routes';
import { accountApiRoutes } from './connect/account-routes';
import type { ConnectAccounts } from './connect/accounts';
import type { Emulator } from './emulator';
import { StripeApiError } from './errors';
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
export function apiRoutes(emulator: Emulator, accounts: ConnectAccounts) {
  const { store } = emulator;
  const expandParam = (input: unknown) => parseWith(ExpandOnly, input).expand ?? [];

  return new Hono<AppEnv>()
    .use('*', requireTestKey, stripeAccount(store), idempotency(store))
    .route('/', accountApiRoutes(accounts))
    .post('/checkout/sessions', async (c) => {
      const params = parseWith(SessionCreateParams, await readForm(c));
      const session = emulator.createSession(params, c.get('account'));
      return c.json(expandSession(store, session, params.expand ?? [], nowSeconds()));
    })
    .get('/checkout/sessions', (c) =>
      c.json(
        listSessions(
          store,
          parseWith(SessionListParams, readQuery(c)),
          nowSeconds(),
          c.get('account'),
        ),
      ),
    )
    .get('/checkout/sessions/:id', (c) => {
      const expand = expandParam(readQuery(c));
      const { session } = emulator.getSession(c.req.param('id'), c.get('account'));
      return c.json(expandSession(store, session, expand, nowSeconds()));
    })
    .post('/checkout/sessions/:id/expire', async (c) => {
      const expand = expandParam(await readForm(c));
      const request = {
        id: c.get('requestId'),
        idempotency_key: c.req.header('Idempotency-Key') ?? null,
      };
      const { session } = emulator.expire(c.req.param('id'), request, c.get('account'));
      return c.json(expandSession(store, session, expand, nowSeconds()));
    })
    .get('/payment_intents/:id', (c) => {
      const id = c.req.param('id');
      const pi = getOwned(
        store,
        store.paymentIntents,
        id,
        c.get('account'),
        'payment_intent',
        'intent',
      );
      return c.json(expandPaymentIntent(store, pi, expandParam(readQuery(c)), nowSeconds()));
    })
    .get('/charges/:id', (c) => {
      const id = c.req.param('id');
      const charge = getOwned(store, store.charges, id, c.get('account'), 'charge');
      return c.json(expandCharge(store, charge, expandParam(readQuery(c)), nowSeconds()));
    })
    .get('/balance_transactions/:id', (c) => {
      const id = c.req.param('id');
      const txn = getOwned(
        store,
        store.balanceTransactions,
        id,
        c.get('account'),
        'balance_transaction',
      );
      return c.json(expandBalanceTransaction(store, txn, expandParam(readQuery(c)), nowSeconds()));
    })
    .route('/', billingApiRoutes(emulator))
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
