import { BaseConfig, loadConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
// The API alone, without the pages, staff routes or donor space.
import { createJsonApiApp } from '@haven/web/json-api';
import { handle } from 'hono/aws-lambda';

const config = loadConfig(BaseConfig);
const db = dbFromConfig(config);

/**
 * ANY /api/{proxy+}: the public JSON API and /api/openapi.json (POST /api/donations goes to
 * payments). Its own function so that the OpenAPI machinery never loads to serve a page.
 */
export const handler = withLogContext(
  handle(createJsonApiApp({ db, publicUrl: config.PUBLIC_URL, now: () => new Date() })),
);
