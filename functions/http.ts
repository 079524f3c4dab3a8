import { BaseConfig, loadConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
// Pages without the OpenAPI machinery: the JSON API is loaded on its first request.
import { createPageApp } from '@haven/web/pages';
import { handle } from 'hono/aws-lambda';

// Read once per cold start: a bad configuration fails loudly instead of serving half a site.
const config = loadConfig(BaseConfig);
const db = dbFromConfig(config);

/** Pages, the public JSON API and health. It never loads the Stripe SDK or React Email. */
export const handler = withLogContext(
  handle(createPageApp({ db, publicUrl: config.PUBLIC_URL, now: () => new Date() })),
);
