import { Hono } from 'hono';
import * as z from 'zod';
import type { Emulator } from './emulator';
import { resourceMissing } from './errors';
import { type AppEnv, parseWith, readJson } from './http';
import { moneyControls } from './money-controls';
import type { WebhookDispatcher } from './webhooks';

const PayBody = z.strictObject({
  card: z.string().optional(),
  iban: z.string().optional(),
  email: z.email().optional(),
  name: z.string().optional(),
  paid_at: z.number().int().positive().optional(),
  defer_balance_transaction: z.boolean().optional(),
});
const SettleBody = z.strictObject({ outcome: z.enum(['succeeded', 'failed']).optional() });
const DuplicateBody = z.strictObject({ count: z.number().int().min(1).max(50).default(2) });
const WebhookBody = z.strictObject({ url: z.url() });
const DropBody = z.strictObject({ drop: z.boolean() });
// Up to a week at once: Stripe's retries stop after three days.
const AdvanceBody = z.strictObject({
  seconds: z
    .number()
    .int()
    .min(1)
    .max(7 * 86_400),
});

/**
 * The emulator's own JSON API for scripts and tests: what a customer or a bank would do in the
 * real world (pay, settle), and what Stripe does to webhooks on its own (resend, duplicate).
 */
export function controlRoutes(
  emulator: Emulator,
  webhooks: WebhookDispatcher,
  setWebhookUrl: (url: string) => void,
) {
  const { store } = emulator;
  const eventRecord = (id: string) => {
    const record = store.events.get(id);
    if (!record) throw resourceMissing('event', id);
    return record;
  };

  return new Hono<AppEnv>()
    .post('/sessions/:id/pay', async (c) => {
      const { paid_at, defer_balance_transaction, ...payer } = parseWith(
        PayBody,
        await readJson(c),
      );
      const { session, eventIds } = emulator.pay(c.req.param('id'), {
        ...payer,
        paidAt: paid_at,
        deferBalanceTransaction: defer_balance_transaction,
      });
      return c.json({ session, event_ids: eventIds });
    })
    .post('/sessions/:id/settle', async (c) => {
      const { outcome } = parseWith(SettleBody, await readJson(c));
      const { session, eventIds } = emulator.settle(c.req.param('id'), outcome);
      return c.json({ session, event_ids: eventIds });
    })
    .post('/sessions/:id/balance_transaction', (c) =>
      c.json(emulator.writeBalanceTransaction(c.req.param('id'))),
    )
    .post('/sessions/:id/expire', (c) => {
      const { session, eventIds } = emulator.expire(c.req.param('id'), {
        id: null,
        idempotency_key: null,
      });
      return c.json({ session, event_ids: eventIds });
    })
    .get('/events', (c) => {
      const sessionId = c.req.query('session_id');
      const data = [...store.events.values()]
        .filter((record) => sessionId === undefined || record.sessionId === sessionId)
        .map(({ event, sessionId, deliveries }) => ({
          id: event.id,
          type: event.type,
          created: event.created,
          session_id: sessionId,
          deliveries,
        }));
      return c.json({ data });
    })
    .get('/events/:id', (c) => {
      const { event, deliveries } = eventRecord(c.req.param('id'));
      return c.json({ event, deliveries });
    })
    .post('/events/:id/resend', async (c) => {
      const record = eventRecord(c.req.param('id'));
      return c.json({ event_id: record.event.id, delivery: await webhooks.resend(record) });
    })
    .post('/events/:id/duplicate', async (c) => {
      const record = eventRecord(c.req.param('id'));
      const { count } = parseWith(DuplicateBody, await readJson(c));
      return c.json({
        event_id: record.event.id,
        deliveries: await webhooks.duplicate(record, count),
      });
    })
    .route('/', moneyControls(emulator))
    .get('/requests', (c) => c.json({ data: store.requests }))
    .post('/webhooks/drop', async (c) => {
      const { drop } = parseWith(DropBody, await readJson(c));
      webhooks.drop(drop);
      return c.json({ drop });
    })
    .get('/webhooks/retries', (c) =>
      c.json({ now: webhooks.now(), data: webhooks.pendingRetries() }),
    )
    .post('/clock/advance', async (c) => {
      const { seconds } = parseWith(AdvanceBody, await readJson(c));
      const deliveries = await webhooks.advance(seconds * 1000);
      return c.json({ now: webhooks.now(), deliveries });
    })
    .post('/flush', async (c) => {
      await webhooks.idle();
      return c.json({ ok: true });
    })
    .put('/webhook', async (c) => {
      const { url } = parseWith(WebhookBody, await readJson(c));
      setWebhookUrl(url);
      return c.json({ url });
    });
}
