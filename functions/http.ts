import { loadConfig, PagesConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
import { createMediaStore } from '@haven/media';
import { createApp, guardFromConfig } from '@haven/web';
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

/** Pages, the public JSON API and health. It never loads the Stripe SDK or React Email. */
export const handler = withLogContext(
  handle(
    createApp({
      db,
      publicUrl: config.PUBLIC_URL,
      now: () => new Date(),
      guard,
      ...(media ? { media } : {}),
    }),
  ),
);
