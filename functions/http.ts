import { loadConfig, PagesConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
import { createMediaStore } from '@haven/media/read';
// Pages without the OpenAPI machinery: the JSON API has a function of its own (json-api.ts).
import { createPageApp, guardFromConfig } from '@haven/web/pages';
import { handle } from 'hono/aws-lambda';

// Read once per cold start: a bad configuration fails loudly instead of serving half a site.
const config = loadConfig(PagesConfig);
const db = dbFromConfig(config);
const guard = guardFromConfig(config);
const media = config.UPLOADS_BUCKET
  ? createMediaStore({
      bucket: config.UPLOADS_BUCKET,
      endpoint: config.S3_ENDPOINT,
      region: config.AWS_REGION,
    })
  : undefined;

/**
 * Public pages, health, media and static assets. It never loads the Stripe SDK, React Email,
 * the OpenAPI machinery or the staff pages (functions/staff.ts).
 */
export const handler = withLogContext(
  handle(
    createPageApp({
      db,
      publicUrl: config.PUBLIC_URL,
      now: () => new Date(),
      guard,
      stripeConnect: config.STRIPE_MODE === 'connect',
      ...(media ? { media } : {}),
      ...(config.RESEND_WEBHOOK_SECRET
        ? { resendWebhookSecret: config.RESEND_WEBHOOK_SECRET }
        : {}),
    }),
  ),
);
