/**
 * The donation form under load: CLIENTS (default 50) visitors post the form over and over for
 * SECONDS (default 30), each loading the campaign page first for its form's token as a browser
 * does, against the app served on loopback with the Stripe emulator in its own process.
 * Two runs: with the card-tester limits raised (the form's own throughput: each post stores a
 * pledge and opens a Checkout session), then with the default limits, which a burst of posts to
 * one campaign soon meets. Prints posts/s, p50/p99, and the answers by status; asserts nothing.
 * Loopback only; stops by itself. Run: npm run bench -- form-load.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createDb, ensureTable } from '@haven/db';
import { freePort, seedDemoData, startDynamoDbLocal } from '@haven/local';
import { createStripeClient, stripeGateway } from '@haven/stripe-gateway';
import { createApp, type GuardOptions } from '@haven/web';
import { serve } from '@hono/node-server';
import { startEmulatorProcess } from './measure/emulator-process';

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 30);
const CAMPAIGN = { org: 'iopdhr', slug: 'refugee-rights', currency: 'USD' };
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main() {
  process.env.LOG_LEVEL = 'silent';
  const deadline = setTimeout(() => process.exit(2), (SECONDS * 2 + 120) * 1000);
  deadline.unref();
  const dynamo = await startDynamoDbLocal();
  const stops: (() => Promise<void>)[] = [() => dynamo.stop()];
  try {
    const db = createDb({ tableName: `bench-${randomUUID()}`, endpoint: dynamo.endpoint });
    await ensureTable(db.client, db.tableName);
    await seedDemoData(db);
    const stripePort = await freePort();
    const stripeUrl = `http://127.0.0.1:${stripePort}`;
    const webhookSecret = `whsec_bench_${randomBytes(8).toString('hex')}`;
    // No webhooks: nobody pays in this bench.
    stops.unshift(await startEmulatorProcess({ port: stripePort, webhookSecret }));

    const unlimited = { max: 1_000_000, windowSeconds: 60 };
    const runs: { name: string; guard: GuardOptions }[] = [
      {
        name: `${CLIENTS} visitors, limits raised (the form's throughput)`,
        guard: { limits: { perIp: unlimited, perCampaign: unlimited, burst: unlimited } },
      },
      {
        name: `${CLIENTS} visitors, default limits (the campaign's burst window applies)`,
        guard: {},
      },
    ];
    const lines: string[] = [];
    for (const run of runs) {
      const app = createApp({
        db,
        publicUrl: 'http://127.0.0.1',
        now: () => new Date(),
        guard: run.guard,
        payments: {
          gateway: stripeGateway(
            createStripeClient({ secretKey: 'sk_test_bench', apiBase: stripeUrl }),
            {
              webhookSecret,
            },
          ),
          feeModel: { basisPoints: 290, fixedMinor: 30 },
        },
        checkoutOrigins: [stripeUrl],
      });
      const port = await freePort();
      const server = serve({ hostname: '127.0.0.1', port, fetch: app.fetch });
      await new Promise<void>((ready) => server.once('listening', ready));
      const base = `http://127.0.0.1:${port}/en/${CAMPAIGN.org}/${CAMPAIGN.slug}`;
      const times: number[] = [];
      const statuses = new Map<number, number>();
      const until = performance.now() + SECONDS * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          for (let i = 0; performance.now() < until; i++) {
            const page = await (await fetch(base)).text();
            const formToken = /name="formToken" value="([^"]+)"/.exec(page)?.[1] ?? '';
            const sent = performance.now();
            const response = await fetch(`${base}/donate`, {
              method: 'POST',
              redirect: 'manual',
              body: new URLSearchParams({
                formToken,
                frequency: 'once',
                currency: CAMPAIGN.currency,
                amount: String(1_000 + ((client * 7 + i) % 90) * 100),
              }),
            });
            await response.arrayBuffer();
            times.push(performance.now() - sent);
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      await new Promise<void>((done) => server.close(() => done()));
      const sorted = times.sort((a, b) => a - b);
      const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
      lines.push(
        run.name,
        `  posts/s        ${(times.length / elapsed).toFixed(1)} (${times.length} posts in ${elapsed.toFixed(1)} s)`,
        `  p50 / p99      ${percentile(sorted, 50).toFixed(0)} ms / ${percentile(sorted, 99).toFixed(0)} ms`,
        `  answers        ${[...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, c]) => `${s}: ${c}`)
          .join(', ')}`,
        `  5xx            ${fiveHundreds}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

await main();
