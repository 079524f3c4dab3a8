import { type Context, Hono } from 'hono';
import * as z from 'zod';
import { PortalSessionParams, SubscriptionUpdateParams } from './billing-params';
import type { Emulator } from './emulator';
import { resourceMissing } from './errors';
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
  return new Hono<AppEnv>()
    .get('/subscriptions/:id', (c) => {
      parseWith(ExpandOnly, readQuery(c));
      return c.json(billing.getSubscription(c.req.param('id')));
    })
    .post('/subscriptions/:id', async (c) => {
      const params = parseWith(SubscriptionUpdateParams, await readForm(c));
      return c.json(billing.update(c.req.param('id'), params, requestOf(c)));
    })
    .delete('/subscriptions/:id', (c) => c.json(billing.cancel(c.req.param('id'), requestOf(c))))
    .get('/invoices/:id', (c) => {
      parseWith(ExpandOnly, readQuery(c));
      const id = c.req.param('id');
      const invoice = store.billing.invoices.get(id);
      if (!invoice) throw resourceMissing('invoice', id, 'invoice');
      return c.json(invoice);
    })
    .post('/invoices/:id/pay', (c) => c.json(billing.payInvoice(c.req.param('id'))))
    .get('/products/:id', (c) => {
      const id = c.req.param('id');
      const product = store.billing.products.get(id);
      if (!product) throw resourceMissing('product', id);
      return c.json(product);
    })
    .get('/customers/:id', (c) => c.json(billing.getCustomer(c.req.param('id'))))
    .post('/billing_portal/sessions', async (c) => {
      const params = parseWith(PortalSessionParams, await readForm(c));
      return c.json(billing.createPortalSession(params));
    });
}
