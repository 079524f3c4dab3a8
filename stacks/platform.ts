/**
 * The per-stage values set with `sst secret set <Name> …`. `MailFrom` (the receipts' sender) is
 * not secret, but `sst secret` is SST's per-stage value store: set once per stage, kept in its
 * state, and `sst deploy` refuses to run while one is unset, so a stage cannot be deployed
 * without a sender and find out only when the first receipt fails. (`SessionSecret` comes back
 * with staff sign-in, on the function that reads it.) Each reaches a function only through its
 * `link`, and @haven/config reads it from SST's `Resource` under the name it has here.
 */
export const secretNames = [
  'StripeSecretKey',
  'StripeWebhookSecret',
  // The Connect endpoint's own signing secret (events of the organisations' accounts).
  'StripeConnectWebhookSecret',
  'ResendApiKey',
  'MailFrom',
  // Signs the donation form's token: the page (http) and the post (payments) share it.
  'FormTokenSecret',
  // Verifies Resend's bounce and complaint webhooks (http only, which serves /webhooks/resend).
  'ResendWebhookSecret',
] as const;
export type SecretName = (typeof secretNames)[number];

export const functionNames = [
  'http',
  'staff',
  'jsonApi',
  'payments',
  'stripeWebhook',
  'emailWorker',
  'outboxSweep',
  'reconcile',
  'exportWorker',
] as const;
export type FunctionName = (typeof functionNames)[number];

/** 'stripeWebhook' → 'stripe-webhook': the function's part of its physical names. */
export function kebabName(name: FunctionName): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** 'stripeWebhook' → 'StripeWebhook': the function's part of its resource (URN) names. */
export function resourceName(name: FunctionName): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export type App = { name: string; stage: string };

/** Stages whose data must survive a mistaken `sst remove`; every other stage is disposable. */
export const persistentStages: readonly string[] = ['production', 'staging'];

export function isPersistentStage(stage: string): boolean {
  return persistentStages.includes(stage);
}

/** Every physical name carries app and stage, so no two stages can share a resource. */
export function physicalName(app: App, part?: string): string {
  return [app.name, app.stage, part].filter(Boolean).join('-');
}
