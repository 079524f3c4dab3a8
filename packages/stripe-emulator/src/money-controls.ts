import { Hono } from 'hono';
import * as z from 'zod';
import type { Emulator } from './emulator';
import { type AppEnv, parseWith, readJson } from './http';

const RefundBody = z.strictObject({
  amount: z.number().int().positive().optional(),
  reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
});
const DisputeBody = z.strictObject({
  amount: z.number().int().positive().optional(),
  reason: z.string().max(40).optional(),
});
const CloseBody = z.strictObject({ outcome: z.enum(['won', 'lost']) });
const PayoutBody = z.strictObject({
  currency: z.string().regex(/^[a-zA-Z]{3}$/),
  fail: z.boolean().optional(),
});

/** What the Dashboard, a bank or Stripe's payout schedule would do to money after a payment. */
export function moneyControls(emulator: Emulator) {
  const { money } = emulator;
  const answer = <T>({ object, eventIds }: { object: T; eventIds: string[] }) => ({
    object,
    event_ids: eventIds,
  });
  return new Hono<AppEnv>()
    .post('/charges/:id/refund', async (c) => {
      const body = parseWith(RefundBody, await readJson(c));
      const result = money.createRefund(
        { chargeId: c.req.param('id'), ...body },
        { id: null, idempotency_key: null },
      );
      return c.json(answer(result));
    })
    .post('/charges/:id/dispute', async (c) => {
      const body = parseWith(DisputeBody, await readJson(c));
      return c.json(answer(money.openDispute(c.req.param('id'), body)));
    })
    .post('/disputes/:id/close', async (c) => {
      const { outcome } = parseWith(CloseBody, await readJson(c));
      return c.json(answer(money.closeDispute(c.req.param('id'), outcome)));
    })
    .post('/payouts', async (c) => {
      const body = parseWith(PayoutBody, await readJson(c));
      return c.json(answer(money.createPayout(body)));
    });
}
