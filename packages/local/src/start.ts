import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@haven/config';
import { createDb, ensureTable } from '@haven/db';
import { createApp } from '@haven/web';
import { serve } from '@hono/node-server';
import { startDynamoDbLocal } from './dynamodb-local';
import { demoCampaigns, seedDemoData } from './seed/index';

/**
 * `npm start`: DynamoDB Local (persisted in .data/ unless --fresh), the table, the demo data,
 * and the app on PORT (default 3000). Ctrl-C stops everything it started.
 */
async function main() {
  const started = performance.now();
  const { values } = parseArgs({ options: { fresh: { type: 'boolean', default: false } } });
  const dataDir = resolve(process.env.DATA_DIR ?? '.data/dynamodb');
  if (values.fresh) rmSync(dataDir, { recursive: true, force: true });

  const dynamo = await startDynamoDbLocal({ dataDir });
  const port = Number(process.env.PORT ?? 3000);
  const config = loadConfig({
    TABLE_NAME: 'haven-local',
    PUBLIC_URL: `http://localhost:${port}`,
    ...process.env,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    PORT: String(port),
  });
  const db = createDb({ tableName: config.TABLE_NAME, endpoint: config.DYNAMODB_ENDPOINT });
  await ensureTable(db.client, db.tableName);
  await seedDemoData(db);

  const app = createApp({ db, publicUrl: config.PUBLIC_URL });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => server.once('listening', ready));

  const url = config.PUBLIC_URL;
  const lines = [
    `Haven is running (ready in ${Math.round(performance.now() - started)} ms)`,
    `  Organisations:   ${url}/`,
    ...demoCampaigns.map(
      (c) =>
        `  ${c.locales.join('/').padEnd(8)}         ${url}/${c.defaultLocale}/${c.orgSlug}/${c.slug}`,
    ),
    `  JSON API:        ${url}/api/openapi.json`,
    `  Health:          ${url}/healthz`,
    `  DynamoDB Local:  ${dynamo.endpoint} (data in ${dataDir})`,
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await new Promise<void>((done) => server.close(() => done()));
    await dynamo.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
