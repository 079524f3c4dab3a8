import { errorFields, logger } from '@haven/log';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { apiRoutes } from './api-routes';
import { checkoutRoutes } from './checkout-routes';
import { advanceClock } from './clock';
import { controlRoutes } from './control-routes';
import { Emulator } from './emulator';
import { StripeApiError } from './errors';
import { DEFAULT_FEE_MODEL, type FeeModel } from './fees';
import type { AppEnv } from './http';
import { newId } from './ids';
import { portalRoutes } from './portal-page';
import type { ApiRequest, DeliveryAttempt, EventRecord } from './store';
import { STRIPE_RETRY_SCHEDULE_MS, WebhookDispatcher } from './webhooks';

export type StripeEmulatorOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  webhookUrl?: string;
  webhookSecret: string;
  /**
   * Waits before each redelivery of a failed webhook: Stripe's own schedule (three days) unless
   * given; the control API's clock advance makes the ones that fall due.
   */
  redeliveryDelaysMs?: number[];
  /** The processing fee, by the service's own model (default 2.9% + 0.30). */
  feeModel?: FeeModel;
  /** Settle SEPA debits on their own after this delay; without it only the control API settles. */
  asyncSettlementDelayMs?: number;
};

export type StripeEmulator = {
  url: string;
  port: number;
  stop(): Promise<void>;
  setWebhookUrl(url: string): void;
  /** Resolves when every webhook attempt, including scheduled redeliveries, has finished. */
  waitForDeliveries(): Promise<void>;
  /** Every event so far with its delivery attempts. */
  events(): EventRecord[];
  /** Every Stripe API call so far, oldest first, with the body the SDK sent. */
  requests(): ApiRequest[];
  /** Loses every event from now on (`false` delivers again): see the control API's `drop`. */
  dropDeliveries(dropping: boolean): void;
  /** Moves the clock ahead, making the redeliveries and subscription renewals that fall due meanwhile. */
  advanceClock(ms: number): Promise<DeliveryAttempt[]>;
};

export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  if (!options.webhookSecret) throw new Error('startStripeEmulator needs a webhookSecret');
  let webhookUrl = options.webhookUrl;
  let baseUrl = '';
  const setWebhookUrl = (url: string) => {
    webhookUrl = url;
  };
  const webhooks = new WebhookDispatcher({
    url: () => webhookUrl,
    secret: options.webhookSecret,
    redeliveryDelaysMs: options.redeliveryDelaysMs ?? STRIPE_RETRY_SCHEDULE_MS,
  });
  const emulator = new Emulator(
    webhooks,
    options.feeModel ?? DEFAULT_FEE_MODEL,
    () => baseUrl,
    options.asyncSettlementDelayMs,
  );

  const app = new Hono<AppEnv>()
    .use('*', async (c, next) => {
      c.set('requestId', newId.request());
      await next();
      c.header('Request-Id', c.get('requestId'));
    })
    .use('/v1/*', async (c, next) => {
      const body = c.req.method === 'GET' ? '' : await c.req.text();
      await next();
      emulator.store.requests.push({
        id: c.get('requestId'),
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        status: c.res.status,
        body,
      });
    })
    .route('/v1', apiRoutes(emulator))
    .route('/c', checkoutRoutes(emulator))
    .route('/p', portalRoutes(emulator))
    .route('/_emulator', controlRoutes(emulator, webhooks, setWebhookUrl))
    .get('/', (c) => c.text('Haven Stripe emulator: point the stripe SDK here.'))
    .onError((error, c) => {
      if (error instanceof StripeApiError) {
        c.header('Request-Id', c.get('requestId'));
        return c.json(error.toJSON(), error.status);
      }
      logger.error('stripe-emulator: unexpected error', errorFields(error));
      return c.json(
        { error: { type: 'api_error', message: 'Unexpected error in the emulator.' } },
        500,
      );
    });

  const server = await listen(app.fetch, options.port ?? 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    port,
    setWebhookUrl,
    waitForDeliveries: () => webhooks.idle(),
    events: () => [...emulator.store.events.values()],
    requests: () => [...emulator.store.requests],
    dropDeliveries: (dropping) => webhooks.drop(dropping),
    advanceClock: async (ms) => (await advanceClock(webhooks, emulator.billing, ms)).deliveries,
    async stop() {
      emulator.stop();
      await webhooks.stop();
      await close(server);
    },
  };
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' }, () => resolve(server));
    server.once('error', reject);
  });
}

/** The SDK keeps connections alive; close them so stop() does not wait for their timeout. */
function close(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}
