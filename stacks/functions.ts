import type { FunctionName, SecretName } from './platform';

type FunctionSpec = {
  /** The entry file in functions/, built by bundle.ts into `index.mjs`. */
  entry: string;
  memory: number;
  /** Seconds. */
  timeout: number;
  /** Only these secrets (and stage values) are linked to the function. */
  secrets: readonly SecretName[];
};

export const runtime = 'nodejs22.x';

/** Each entry's size and what it is given; its table access is in access.ts (`tableGrants`). */
export const functionSpecs = {
  // Pages, static assets and health: no secret (staff sign-in will bring SessionSecret).
  http: { entry: 'functions/http.ts', memory: 512, timeout: 10, secrets: [] },
  // The public JSON API and its OpenAPI document, apart so pages never load zod-openapi.
  jsonApi: { entry: 'functions/json-api.ts', memory: 512, timeout: 10, secrets: [] },
  // The donation form, JSON donations and the thank-you page: each waits on a Stripe call, so
  // more time than a page, well under API Gateway's 30 s integration limit.
  payments: {
    entry: 'functions/payments.ts',
    memory: 512,
    timeout: 15,
    secrets: ['StripeSecretKey'],
  },
  stripeWebhook: {
    entry: 'functions/stripe-webhook.ts',
    memory: 512,
    timeout: 15,
    secrets: ['StripeSecretKey', 'StripeWebhookSecret'],
  },
  emailWorker: {
    entry: 'functions/email-worker.ts',
    memory: 256,
    timeout: 30,
    secrets: ['ResendApiKey', 'MailFrom'],
  },
  // Drains every due item, one at a time; a run cut short leaves the rest to the next one.
  outboxSweep: {
    entry: 'functions/outbox-sweep.ts',
    memory: 256,
    timeout: 120,
    secrets: ['ResendApiKey', 'MailFrom'],
  },
  reconcile: {
    entry: 'functions/reconcile.ts',
    memory: 512,
    timeout: 300,
    secrets: ['StripeSecretKey'],
  },
} as const satisfies Record<FunctionName, FunctionSpec>;
