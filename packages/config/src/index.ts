import * as z from 'zod/mini';
import { configEnvironment } from './linked';

export { configEnvironment, linkedVariables, variablesFromLinks } from './linked';

/**
 * The service's configuration, read once at start. Each entry point parses the part it needs;
 * a missing or malformed value stops the process with a message naming it: running
 * half-configured (say, a webhook without its signing secret) is worse than not running.
 */
export const BaseConfig = z.object({
  TABLE_NAME: z.string().check(z.minLength(3), z.maxLength(255)),
  /** DynamoDB Local's address; unset in AWS. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'eu-central-1'),
  /** The public origin pages are served from, for canonical, hreflang, OpenGraph and Checkout return links. */
  PUBLIC_URL: z.pipe(
    z.url(),
    z.transform((url: string) => url.replace(/\/+$/, '')),
  ),
  PORT: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(65535)), 3000),
  /**
   * `connect`: each organisation's gifts are direct charges on its own Stripe account (Stripe
   * Connect, the key is the platform's); `single` (default): one NGO, every gift on the key's
   * own account. Every function reads it: the pages hide the form of an organisation that
   * cannot take charges.
   */
  STRIPE_MODE: z._default(z.enum(['single', 'connect']), 'single'),
});
export type BaseConfig = z.infer<typeof BaseConfig>;

const stripeSecretKey = z
  .string()
  .check(
    z.regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, 'a Stripe secret key (sk_test_… or sk_live_…)'),
  );

/** Creating Checkout sessions and reading them back. */
export const PaymentsConfig = z.extend(BaseConfig, {
  STRIPE_SECRET_KEY: stripeSecretKey,
  /** The local Stripe emulator's address; unset to talk to Stripe. */
  STRIPE_API_BASE: z.optional(z.url()),
  /** The processor's pricing, for the fee a donor may choose to cover. */
  FEE_BASIS_POINTS: z._default(
    z.coerce.number().check(z.int(), z.minimum(0), z.maximum(2_000)),
    290,
  ),
  FEE_FIXED_MINOR: z._default(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(1_000)), 30),
});
export type PaymentsConfig = z.infer<typeof PaymentsConfig>;

/** The webhook: without its signing secret it must not start, never accept unverified events. */
const webhookSecret = z
  .string()
  .check(z.regex(/^whsec_[A-Za-z0-9_]+$/, 'a webhook signing secret (whsec_…)'));
export const WebhookConfig = z
  .extend(PaymentsConfig, {
    STRIPE_WEBHOOK_SECRET: webhookSecret,
    /** The Connect endpoint's own signing secret (Connect mode: events of connected accounts). */
    STRIPE_CONNECT_WEBHOOK_SECRET: z.optional(webhookSecret),
  })
  .check(
    z.superRefine((config, ctx) => {
      if (config.STRIPE_MODE === 'connect' && !config.STRIPE_CONNECT_WEBHOOK_SECRET) {
        ctx.addIssue({
          code: 'custom',
          path: ['STRIPE_CONNECT_WEBHOOK_SECRET'],
          message: 'required when STRIPE_MODE is connect: Connect events must be verified',
        });
      }
    }),
  );
export type WebhookConfig = z.infer<typeof WebhookConfig>;

/** An S3 bucket's name (3 to 63 characters): the uploads' and the exports'. */
const bucketName = z.string().check(z.minLength(3), z.maxLength(63));

/**
 * The donation form's guard: the key its token is signed with (the function rendering the page
 * and the one taking the post must share it), and Cloudflare Turnstile, on when both keys are set.
 */
const formGuard = {
  FORM_TOKEN_SECRET: z.string().check(z.minLength(32, 'at least 32 characters')),
  TURNSTILE_SITE_KEY: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  TURNSTILE_SECRET_KEY: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
};
export const FormGuardConfig = z.object(formGuard);
export type FormGuardConfig = z.infer<typeof FormGuardConfig>;

/**
 * The uploads bucket (campaign covers, logos): SST's `Uploads` link in AWS; locally the bucket
 * on the S3-compatible server at S3_ENDPOINT. Without a bucket the staff pages take no uploads.
 */
const uploads = {
  UPLOADS_BUCKET: z.optional(bucketName),
  /** The local S3-compatible server's address; unset in AWS. */
  S3_ENDPOINT: z.optional(z.url()),
};
export const UploadsConfig = z.object(uploads);
export type UploadsConfig = z.infer<typeof UploadsConfig>;

/**
 * The exports bucket (finance files too large for one response): SST's `Exports` link in AWS;
 * locally a bucket on the same S3-compatible server. Without one every export is streamed.
 */
const exportsBucket = {
  EXPORTS_BUCKET: z.optional(bucketName),
  S3_ENDPOINT: z.optional(z.url()),
};
/** The export worker: nothing to do without the bucket, so it must be there. */
export const ExportWorkerConfig = z.extend(BaseConfig, {
  ...exportsBucket,
  EXPORTS_BUCKET: bucketName,
});
export type ExportWorkerConfig = z.infer<typeof ExportWorkerConfig>;

/** Public pages, which render the donation form and serve uploaded covers (/media). */
export const PagesConfig = z.extend(BaseConfig, {
  ...formGuard,
  ...uploads,
  /** Resend's webhook signing secret; without it /webhooks/resend is not served. */
  RESEND_WEBHOOK_SECRET: z.optional(
    z
      .string()
      .check(z.regex(/^whsec_[A-Za-z0-9+/=]+$/, 'a Resend webhook signing secret (whsec_…)')),
  ),
});
export type PagesConfig = z.infer<typeof PagesConfig>;

/** The staff pages (functions/staff.ts): the table, the uploads and exports buckets, no form key. */
export const StaffConfig = z.extend(BaseConfig, { ...uploads, ...exportsBucket });
export type StaffConfig = z.infer<typeof StaffConfig>;

/** The donation routes: Stripe, and the form's guard. */
export const DonationsConfig = z.extend(PaymentsConfig, formGuard);
export type DonationsConfig = z.infer<typeof DonationsConfig>;

/** Sending email through Resend. */
export const MailConfig = z.extend(BaseConfig, {
  RESEND_API_KEY: z.string().check(z.regex(/^re_[A-Za-z0-9_]+$/, 'a Resend API key (re_…)')),
  MAIL_FROM: z.string().check(z.minLength(3), z.maxLength(200)),
  /**
   * The form token secret, from which the update emails' unsubscribe links are signed (under a
   * key of their own). Without it the worker sends receipts but no update email.
   */
  FORM_TOKEN_SECRET: z.optional(formGuard.FORM_TOKEN_SECRET),
});
export type MailConfig = z.infer<typeof MailConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses `env` (by default the process's, with SST's linked values in AWS), or throws naming
 * each problem.
 */
export function loadConfig<S extends z.ZodMiniType>(
  schema: S,
  env: Record<string, string | undefined> = configEnvironment(),
): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  );
}
