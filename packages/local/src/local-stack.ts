import { randomBytes } from 'node:crypto';
import { FormGuardConfig, loadConfig, WebhookConfig } from '@haven/config';
import { createDb, type Db, ensureTable, listOrganisations } from '@haven/db';
import { runPendingExports } from '@haven/exports';
import { errorFields, logger } from '@haven/log';
import { createResendMailer, type Mailer } from '@haven/mail';
import { createMediaStore, ensureBucket, type MediaStore } from '@haven/media';
import { DEFAULT_RETRY_DELAYS_MS, drainOutbox } from '@haven/outbox';
import {
  type PresetAccount,
  type StripeEmulator,
  startStripeEmulator,
} from '@haven/stripe-emulator';
import { checkoutOrigins, paymentsFromConfig } from '@haven/stripe-gateway';
import { createApp, guardFromConfig } from '@haven/web';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { createDevMailbox } from './dev-mailbox';
import { devMailboxRoutes } from './dev-mailbox-routes';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local';
import { freePort } from './free-port';
import { startS3Local } from './s3-local';
import { seedDemoData } from './seed/index';

export type LocalStackOptions = {
  /** Where the app listens; 0 for a free port. */
  port: number;
  /** Persist DynamoDB Local here; in memory when unset. */
  dataDir?: string;
  /** Persist the local S3's objects (uploaded covers) here; a temporary folder when unset. */
  s3DataDir?: string;
  /** Use this S3-compatible server instead of starting one (tests share one per run). */
  s3Endpoint?: string;
  /** Use this DynamoDB instead of starting one (tests share one per run). */
  dynamoEndpoint?: string;
  tableName?: string;
  /** The emulator's port when STRIPE_SECRET_KEY is unset; 0 for a free port. */
  stripeEmulatorPort?: number;
  /** How often the dev server sends due emails. */
  outboxIntervalMs?: number;
  env?: Record<string, string | undefined>;
};

export type LocalStack = {
  url: string;
  db: Db;
  dynamoEndpoint: string;
  /** The uploads bucket on the local S3-compatible server. */
  media: MediaStore;
  s3Endpoint: string;
  /** Present when payments run on the local emulator. */
  stripeEmulator?: StripeEmulator;
  usesDevMailbox: boolean;
  /** Sends whatever email is due now (the loop does this on its own too). */
  drainOutbox: () => Promise<unknown>;
  stop: () => Promise<void>;
};

/**
 * The whole service on one machine: DynamoDB Local with the demo data, the Stripe emulator
 * (or real Stripe with STRIPE_SECRET_KEY), the email outbox (or Resend with RESEND_API_KEY),
 * the app, and the outbox worker on a timer. `npm start` and the browser tests both use it.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const env = options.env ?? process.env;
  const stops: (() => Promise<void>)[] = [];
  try {
    let dynamo: DynamoDbLocal | undefined;
    if (!options.dynamoEndpoint) {
      dynamo = await startDynamoDbLocal({ dataDir: options.dataDir });
      stops.push(dynamo.stop);
    }
    const dynamoEndpoint = options.dynamoEndpoint ?? dynamo?.endpoint ?? '';
    const port = options.port || (await freePort());
    const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
    const db = createDb({
      tableName: options.tableName ?? env.TABLE_NAME ?? 'haven-local',
      endpoint: dynamoEndpoint,
    });
    await ensureTable(db.client, db.tableName);
    await seedDemoData(db);

    // Uploads: a local S3-compatible server, driven by the same S3 client as in AWS.
    let s3Endpoint = options.s3Endpoint;
    if (!s3Endpoint) {
      const s3 = await startS3Local({ dataDir: options.s3DataDir });
      stops.push(s3.stop);
      s3Endpoint = s3.endpoint;
    }
    const media = createMediaStore({
      bucket: env.UPLOADS_BUCKET ?? `${db.tableName}-uploads`,
      endpoint: s3Endpoint,
    });
    await ensureBucket(media);
    // Finance exports too large for one response: the same local S3, a bucket of their own.
    const exportStore = createMediaStore({
      bucket: env.EXPORTS_BUCKET ?? `${db.tableName}-exports`,
      endpoint: s3Endpoint,
    });
    await ensureBucket(exportStore);

    // Stripe: the real one when a key is given (with `stripe listen` forwarding webhooks), else the emulator.
    let stripeEmulator: StripeEmulator | undefined;
    let stripeEnv: Record<string, string | undefined> = env;
    if (!env.STRIPE_SECRET_KEY) {
      const webhookSecret = `whsec_local_${randomBytes(16).toString('hex')}`;
      const connectWebhookSecret = `whsec_local_connect_${randomBytes(16).toString('hex')}`;
      // Connect unless told otherwise: each organisation's account, as its data names it.
      const connect = (env.STRIPE_MODE ?? 'connect') === 'connect';
      stripeEmulator = await startStripeEmulator({
        port: options.stripeEmulatorPort ?? 0,
        webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`,
        webhookSecret,
        connectWebhookUrl: `http://127.0.0.1:${port}/webhooks/stripe-connect`,
        connectWebhookSecret,
        accounts: connect ? await emulatorAccounts(db) : [],
        redeliveryDelaysMs: [1_000, 5_000, 30_000],
      });
      stops.push(stripeEmulator.stop);
      stripeEnv = {
        ...env,
        STRIPE_SECRET_KEY: 'sk_test_local_emulator',
        STRIPE_WEBHOOK_SECRET: webhookSecret,
        STRIPE_API_BASE: stripeEmulator.url,
        STRIPE_MODE: connect ? 'connect' : 'single',
        STRIPE_CONNECT_WEBHOOK_SECRET: connectWebhookSecret,
      };
    }
    const base = {
      TABLE_NAME: db.tableName,
      PUBLIC_URL: publicUrl,
      DYNAMODB_ENDPOINT: dynamoEndpoint,
    };
    const config = loadConfig(WebhookConfig, { ...stripeEnv, ...base });

    // One key of this run signs the form and, under its own label, the update emails' unsubscribe
    // links (the worker signs them, the app checks them), unless one is given.
    const formGuard = loadConfig(FormGuardConfig, {
      FORM_TOKEN_SECRET: randomBytes(32).toString('base64url'),
      ...env,
    });
    const usesDevMailbox = !env.RESEND_API_KEY;
    const mailer: Mailer = env.RESEND_API_KEY
      ? createResendMailer({ apiKey: env.RESEND_API_KEY })
      : createDevMailbox(db);
    const outbox = {
      db,
      mailer,
      from: env.MAIL_FROM ?? 'Haven <receipts@localhost>',
      publicUrl,
      now: () => new Date(),
      retryDelaysMs: DEFAULT_RETRY_DELAYS_MS,
      unsubscribeSecret: formGuard.FORM_TOKEN_SECRET,
    };

    const app = createApp({
      db,
      publicUrl,
      now: () => new Date(),
      media,
      exports: { store: exportStore },
      payments: paymentsFromConfig(config),
      stripeConnect: config.STRIPE_MODE === 'connect',
      checkoutOrigins: checkoutOrigins(config.STRIPE_API_BASE),
      // One process renders the form and takes it: a key of this run does, unless one is given.
      guard: guardFromConfig(formGuard),
    });
    const root = new Hono();
    // CloudFront compresses in AWS; here the server does, so local figures are what visitors get.
    root.use(compress());
    if (usesDevMailbox) root.route('/dev', devMailboxRoutes(db));
    root.route('/', app);
    const server = serve({ fetch: root.fetch, port, hostname: '127.0.0.1' });
    await new Promise<void>((ready) => server.once('listening', ready));
    stops.unshift(() => new Promise<void>((done) => server.close(() => done())));

    // The outbox worker: in AWS the table's stream wakes it; here a timer does.
    let draining: Promise<unknown> = Promise.resolve();
    const drain = () => {
      draining = draining
        .then(() => drainOutbox(outbox))
        // The export worker: in AWS the table's stream wakes it; here the same timer does.
        .then(() => runPendingExports({ db, store: exportStore, now: () => new Date() }))
        .catch((error: unknown) => {
          logger.error('outbox worker failed', errorFields(error));
        });
      return draining;
    };
    const timer = setInterval(drain, options.outboxIntervalMs ?? 500);
    stops.unshift(async () => {
      clearInterval(timer);
      await draining;
    });

    return {
      url: publicUrl,
      db,
      dynamoEndpoint,
      media,
      s3Endpoint,
      stripeEmulator,
      usesDevMailbox,
      drainOutbox: drain,
      stop: async () => {
        for (const stop of stops) await stop();
      },
    };
  } catch (error) {
    // Whatever started before the failure (DynamoDB Local, the emulator) must not outlive it.
    for (const stop of stops) await stop().catch(() => undefined);
    throw error;
  }
}

/**
 * The emulator keeps nothing between runs, the table does: every account an organisation is
 * connected to (the demo ones, and any an owner connected in an earlier run) is recreated with
 * the state the table last heard.
 */
async function emulatorAccounts(db: Db): Promise<PresetAccount[]> {
  const orgs = await listOrganisations(db);
  return orgs.flatMap((org) =>
    org.stripeAccount
      ? [
          {
            id: org.stripeAccount.accountId,
            country: org.country.toUpperCase(),
            name: org.legalName,
            chargesEnabled: org.stripeAccount.chargesEnabled,
          },
        ]
      : [],
  );
}
