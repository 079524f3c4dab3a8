import { Hono } from 'hono';
import * as z from 'zod';
import type { Emulator } from './emulator';
import { type AppEnv, parseWith, readJson } from './http';

const FailBody = z.strictObject({ count: z.number().int().min(0).max(12).default(1) });

/** Control calls for subscriptions: what a card's bank would do at the next renewals. */
export function billingControlRoutes(emulator: Emulator) {
  return new Hono<AppEnv>()
    .post('/subscriptions/:id/fail_renewals', async (c) => {
      const { count } = parseWith(FailBody, await readJson(c));
      const subscription = emulator.billing.failRenewals(c.req.param('id'), count);
      return c.json({ subscription: subscription.id, failing_renewals: count });
    })
    .get('/subscriptions/:id', (c) => c.json(emulator.billing.getSubscription(c.req.param('id'))));
}
