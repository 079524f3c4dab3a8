import { createServer, type IncomingHttpHeaders } from 'node:http';
import Stripe from 'stripe';
import * as z from 'zod';
import { type StripeEmulator, type StripeEmulatorOptions, startStripeEmulator } from './server';

export const WEBHOOK_SECRET = 'whsec_test_emulator_secret';

export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string };

/** A local endpoint that records every webhook and answers with the status `respond` picks. */
export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  let respond: (webhook: ReceivedWebhook, index: number) => number | Promise<number> = () => 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const webhook = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(webhook);
      res.statusCode = await respond(webhook, received.length - 1);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/webhooks/stripe`,
    received,
    respondWith(fn: typeof respond) {
      respond = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The emulator's fetch keeps connections alive; do not wait out their idle timeout.
        server.closeAllConnections();
      }),
  };
}
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;

/** The real SDK, pointed at the emulator, with its own retries off so tests see every answer. */
export function stripeClient(emulator: StripeEmulator): Stripe {
  return new Stripe('sk_test_emulator', {
    host: '127.0.0.1',
    port: emulator.port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
}

/** Verifies a received webhook with the SDK, exactly as the service's handler will. */
export function verified(stripe: Stripe, webhook: ReceivedWebhook): Stripe.Event {
  const signature = webhook.headers['stripe-signature'];
  if (typeof signature !== 'string') throw new Error('webhook without a Stripe-Signature header');
  return stripe.webhooks.constructEvent(webhook.body, signature, WEBHOOK_SECRET);
}

export async function startWithReceiver(options: Partial<StripeEmulatorOptions> = {}) {
  const receiver = await startWebhookReceiver();
  const emulator = await startStripeEmulator({
    webhookSecret: WEBHOOK_SECRET,
    webhookUrl: receiver.url,
    redeliveryDelaysMs: [20, 40],
    ...options,
  });
  return { receiver, emulator, stripe: stripeClient(emulator) };
}

export const donation = (overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}) =>
  ({
    mode: 'payment',
    line_items: [
      {
        price_data: {
          currency: 'eur',
          unit_amount: 2500,
          product_data: { name: 'Legal aid fund' },
        },
        quantity: 1,
      },
    ],
    client_reference_id: 'pledge_123',
    metadata: { pledgeId: 'pledge_123', campaignId: 'camp_9' },
    success_url: 'https://haven.test/thanks?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://haven.test/campaigns/legal-aid',
    ...overrides,
  }) satisfies Stripe.Checkout.SessionCreateParams;

/** Calls the control API; the body stays `unknown` until a test parses what it expects. */
export async function control(emulator: StripeEmulator, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/_emulator${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await response.json();
  return { status: response.status, body: json };
}

export const Transition = z.object({
  session: z.looseObject({ id: z.string(), status: z.string(), payment_status: z.string() }),
  event_ids: z.array(z.string()),
});

export const EventList = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      session_id: z.string(),
      deliveries: z.array(z.object({ status: z.number().nullable(), at: z.number() })),
    }),
  ),
});

export const StripeErrorBody = z.object({
  error: z.looseObject({ type: z.string(), message: z.string(), code: z.string().optional() }),
});
