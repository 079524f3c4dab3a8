import type * as Aws from '@pulumi/aws';
import type * as Pulumi from '@pulumi/pulumi';

/**
 * The per-stage values set with `sst secret set <Name> …`. `MailFrom` (the receipts' sender) is
 * not secret, but `sst secret` is SST's per-stage value store: set once per stage, kept in its
 * state, and `sst deploy` refuses to run while one is unset, so a stage cannot be deployed
 * without a sender and find out only when the first receipt fails. (`SessionSecret` comes back
 * with staff sign-in, on the function that reads it.)
 */
export const secretNames = [
  'StripeSecretKey',
  'StripeWebhookSecret',
  'ResendApiKey',
  'MailFrom',
] as const;
export type SecretName = (typeof secretNames)[number];

/** The environment variable each secret reaches a function as (read by @haven/config). */
export const secretEnv = {
  StripeSecretKey: 'STRIPE_SECRET_KEY',
  StripeWebhookSecret: 'STRIPE_WEBHOOK_SECRET',
  ResendApiKey: 'RESEND_API_KEY',
  MailFrom: 'MAIL_FROM',
} as const satisfies Record<SecretName, string>;

export const functionNames = [
  'http',
  'payments',
  'stripeWebhook',
  'emailWorker',
  'outboxSweep',
  'reconcile',
] as const;
export type FunctionName = (typeof functionNames)[number];

/** 'stripeWebhook' → 'stripe-webhook': the function's part of its physical names. */
export function kebabName(name: FunctionName): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * What the stacks are built from. Under `sst deploy` these are SST's globals (`aws`, `$util`,
 * `$app`, `sst.Secret`); in test/infra they are the same npm packages running on Pulumi's
 * offline mocks. Passing them in, rather than reading globals, is what lets one definition be
 * type-checked against the real provider types and evaluated without the SST CLI.
 */
export type Platform = {
  aws: typeof Aws;
  pulumi: typeof Pulumi;
  app: { name: string; stage: string };
  /** `new sst.Secret(name).value` under SST. Called once per secret. */
  secret: (name: SecretName) => Pulumi.Output<string>;
  /** Directory holding each function's built bundle (`index.mjs` + map), see bundle.ts. */
  bundles: Record<FunctionName, string>;
  /** The public origin (custom domain); the API's own URL when unset. */
  publicUrl?: string | undefined;
  /** Where alarms are emailed; alarms still publish to the SNS topic when unset. */
  alertEmail?: string | undefined;
};

/** Stages whose data must survive a mistaken `sst remove`; every other stage is disposable. */
export const persistentStages: readonly string[] = ['production', 'staging'];

export function isPersistentStage(stage: string): boolean {
  return persistentStages.includes(stage);
}

/** Every physical name carries app and stage, so no two stages can share a resource. */
export function physicalName(app: Platform['app'], part?: string): string {
  return [app.name, app.stage, part].filter(Boolean).join('-');
}
