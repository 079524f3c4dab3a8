import { type Context, Hono } from 'hono';
import * as z from 'zod';
import { getOwned } from './account-scope';
import { PortalSessionParams, SubscriptionUpdateParams } from './billing-params';
import type { Emulator } from './emulator';
import { type AppEnv, parseWith, readForm, readQuery } from './http';

const ExpandOnly = z.strictObject({ expand: z.array(z.string()).optional() });

/**
 * Stripe Billing's endpoints the service calls: subscriptions (read, change from the next
 * invoice, pause, cancel), invoices (read, pay again), customers (read) and billing portal
 * sessions. Objects come back unexpanded: `items.data.price` and `payments` are always inline,
 * as the service reads them.
 */
export function billingApiRoutes(emulator: Emulator) {
  const { billing } = emulator;
  const { store } = emulator;
  const requestOf = (c: Context<AppEnv>) => ({
    id: c.get('requestId'),
    idempotency_key: c.req.header('Idempotency-Key') ?? null,
  });
  // Each object only for the account that owns it (the Stripe-Account header; account-scope.ts).
  const subscriptionOf = (c: Context<AppEnv>) =>
    getOwned(
      store,
      store.billing.subscriptions,
      c.req.param('id') ?? '',
      c.get('account'),
      'subscription',
    );
  const invoiceOf = (c: Context<AppEnv>) =>
    getOwned(
      store,
      store.billing.invoices,
      c.req.param('id') ?? '',
      c.get('account'),
      'invoice',
      'invoice',
    );
  const customerOf = (c: Context<AppEnv>, id: string) =>
    getOwned(store, store.billing.customers, id, c.get('account'), 'customer', 'customer');
  return new Hono<AppEnv>()
    .get('/subscriptions/:id', (c) => {
      parseWith(ExpandOnly, readQuery(c));
      return c.json(billing.getSubscription(subscriptionOf(c).id));
    })
    .post('/subscriptions/:id', async (c) => {
      const params = parseWith(SubscriptionUpdateParams, await readForm(c));
      return c.json(billing.update(subscriptionOf(c).id, params, requestOf(c)));
    })
    .delete('/subscriptions/:id', (c) => c.json(billing.cancel(subscriptionOf(c).id, requestOf(c))))
    .get('/invoices/:id', (c) => {
      parseWith(ExpandOnly, readQuery(c));
      return c.json(invoiceOf(c));
    })
    .post('/invoices/:id/pay', (c) => c.json(billing.payInvoice(invoiceOf(c).id)))
    .get('/products/:id', (c) =>
      c.json(
        getOwned(store, store.billing.products, c.req.param('id'), c.get('account'), 'product'),
      ),
    )
    .get('/customers/:id', (c) => c.json(customerOf(c, c.req.param('id'))))
    .post('/billing_portal/sessions', async (c) => {
      const params = parseWith(PortalSessionParams, await readForm(c));
      customerOf(c, params.customer);
      return c.json(billing.createPortalSession(params));
    });
}
