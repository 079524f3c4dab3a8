import { loadConfig } from '@haven/config';
import { createDb } from '@haven/db';
import { createApp } from '@haven/web';
import { handle } from 'hono/aws-lambda';

// Read once per cold start: a bad configuration fails the first request loudly, not silently.
const config = loadConfig();
const db = createDb({
  tableName: config.TABLE_NAME,
  endpoint: config.DYNAMODB_ENDPOINT,
  region: config.AWS_REGION,
});

/** Pages, the public JSON API and health, behind API Gateway's HTTP API. */
export const handler = handle(createApp({ db, publicUrl: config.PUBLIC_URL }));
