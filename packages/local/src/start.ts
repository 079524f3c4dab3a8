import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '@haven/config';
import { startLocalStack } from './local-stack';
import { demoCampaigns } from './seed/index';

/**
 * `npm start`: the whole service offline with the demo data, on PORT (default 3000). DynamoDB
 * Local keeps its data in .data/ between runs unless --fresh. Ctrl-C stops everything.
 */
async function main() {
  const started = performance.now();
  const { values } = parseArgs({ options: { fresh: { type: 'boolean', default: false } } });
  const dataDir = resolve(process.env.DATA_DIR ?? '.data/dynamodb');
  const s3DataDir = resolve(process.env.S3_DATA_DIR ?? '.data/s3');
  if (values.fresh) {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(s3DataDir, { recursive: true, force: true });
  }
  const stack = await startLocalStack({
    port: Number(process.env.PORT ?? 3000),
    dataDir,
    s3DataDir,
    stripeEmulatorPort: Number(process.env.STRIPE_EMULATOR_PORT ?? 12111),
  });
  const url = stack.url;
  const lines = [
    `Haven is running (ready in ${Math.round(performance.now() - started)} ms)`,
    `  Organisations      ${url}/`,
    ...demoCampaigns.map(
      (c) =>
        `  ${c.locales.join('/').padEnd(17)}  ${url}/${c.defaultLocale}/${c.orgSlug}/${c.slug}`,
    ),
    `  JSON API           ${url}/api/openapi.json`,
    `  Health             ${url}/healthz`,
    stack.usesDevMailbox
      ? `  Email outbox       ${url}/dev/emails`
      : '  Email              sent with Resend',
    stack.stripeEmulator
      ? `  Stripe emulator    ${stack.stripeEmulator.url}/_emulator/events (pay with 4242 4242 4242 4242)`
      : '  Stripe             real Stripe (forward webhooks with `stripe listen`)',
    `  DynamoDB Local     ${stack.dynamoEndpoint} (data in ${dataDir})`,
    `  Local S3 (uploads) ${stack.s3Endpoint}, bucket ${stack.media.bucket} (data in ${s3DataDir})`,
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
