import { loadConfig, PagesConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
import { createMediaStore } from '@haven/media';
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
 * Pages, staff pages, health and media. It never loads the Stripe SDK, React Email or the
 * OpenAPI machinery.
 */
export const handler = withLogContext(
  handle(
    createPageApp({
      db,
      publicUrl: config.PUBLIC_URL,
      now: () => new Date(),
      guard,
      ...(media ? { media } : {}),
      ...(config.RESEND_WEBHOOK_SECRET
        ? { resendWebhookSecret: config.RESEND_WEBHOOK_SECRET }
        : {}),
    }),
  ),
);
