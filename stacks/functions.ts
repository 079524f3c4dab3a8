import type { FunctionName, SecretName } from './platform';

type FunctionSpec = {
  /** The entry file in functions/, built by bundle.ts into `index.mjs`. */
  entry: string;
  memory: number;
  /** Seconds. */
  timeout: number;
  /** Only these secrets (and stage values) are linked to the function. */
  secrets: readonly SecretName[];
  /**
   * Packages left out of the bundle and installed beside it for Lambda's platform, because
   * they carry native code (see native-packages.ts).
   */
  native?: readonly string[];
};

export const runtime = 'nodejs22.x';

/** The packages a function's bundle leaves out, to be installed beside it. */
export const nativePackagesOf = (name: FunctionName): readonly string[] => {
  const spec: FunctionSpec = functionSpecs[name];
  return spec.native ?? [];
};

/** Each entry's size and what it is given; its table access is in access.ts (`tableGrants`). */
export const functionSpecs = {
  // Public pages, health, media and static assets; it signs the donation form's token, which
  // payments checks.
  http: {
    entry: 'functions/http.ts',
    memory: 512,
    timeout: 10,
    secrets: ['FormTokenSecret', 'ResendWebhookSecret'],
  },
  // The staff pages. Re-encoding uploaded covers and logos (packages/media) needs sharp's
  // native libvips, and a 4 MB image more time than a page.
  staff: {
    entry: 'functions/staff.ts',
    memory: 512,
    timeout: 15,
    secrets: [],
    native: ['sharp'],
  },
  // The public JSON API and its OpenAPI document, apart so pages never load zod-openapi.
  jsonApi: { entry: 'functions/json-api.ts', memory: 512, timeout: 10, secrets: [] },
  // The donation form, JSON donations and the thank-you page: each waits on a Stripe call, so
  // more time than a page, well under API Gateway's 30 s integration limit.
  payments: {
    entry: 'functions/payments.ts',
    memory: 512,
    timeout: 15,
    secrets: ['StripeSecretKey', 'FormTokenSecret'],
  },
  // Both endpoints: the platform's (/webhooks/stripe) and Connect's (/webhooks/stripe-connect),
  // each verified with its own secret; only this function holds the Connect one.
  stripeWebhook: {
    entry: 'functions/stripe-webhook.ts',
    memory: 512,
    timeout: 15,
    secrets: ['StripeSecretKey', 'StripeWebhookSecret', 'StripeConnectWebhookSecret'],
  },
  emailWorker: {
    entry: 'functions/email-worker.ts',
    memory: 256,
    timeout: 30,
    secrets: ['ResendApiKey', 'MailFrom', 'FormTokenSecret'],
  },
  // Drains every due item, one at a time; a run cut short leaves the rest to the next one.
  outboxSweep: {
    entry: 'functions/outbox-sweep.ts',
    memory: 256,
    timeout: 120,
    secrets: ['ResendApiKey', 'MailFrom', 'FormTokenSecret'],
  },
  reconcile: {
    entry: 'functions/reconcile.ts',
    memory: 512,
    timeout: 300,
    secrets: ['StripeSecretKey'],
  },
  // Streams one large finance export from a paged Query into S3 in constant memory; Lambda's
  // longest run, for a year of a busy organisation's payments.
  exportWorker: { entry: 'functions/export-worker.ts', memory: 512, timeout: 900, secrets: [] },
} as const satisfies Record<FunctionName, FunctionSpec>;
