/**
 * How long the staff sign-in request takes to answer for a member's address and for an
 * unknown one, against DynamoDB Local: both do one Query and one transaction, so the medians
 * should be close. Run: npm run bench -- staff-sign-in. Prints figures; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { createDb, ensureTable } from '@haven/db';
import { seedDemoData, startDynamoDbLocal } from '@haven/local';
import { createApp } from '@haven/web';

const ROUNDS = 40;

async function main() {
  process.env.LOG_LEVEL = 'silent';
  const dynamo = await startDynamoDbLocal();
  try {
    const db = createDb({ tableName: `bench-${randomUUID()}`, endpoint: dynamo.endpoint });
    await ensureTable(db.client, db.tableName);
    await seedDemoData(db);
    const publicUrl = 'https://give.example.org';
    const ask = async (email: string, at: number) => {
      // A new quarter hour per round, so the per-address limit never answers instead.
      const app = createApp({
        db,
        publicUrl,
        now: () => new Date(Date.UTC(2026, 10, 25) + at * 900_000),
      });
      const started = performance.now();
      const response = await app.request('/staff/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: publicUrl },
        body: new URLSearchParams({ email }).toString(),
      });
      await response.text();
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Interleaved, so a warming JIT or table favours neither.
      known.push(await ask('owner@mpm.example.org', round));
      unknown.push(await ask(`nobody-${round}@example.org`, round));
    }
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] ?? 0;
    };
    process.stdout.write(
      `sign-in request, median of ${ROUNDS}: member ${median(known).toFixed(1)} ms, unknown address ${median(unknown).toFixed(1)} ms (DynamoDB Local)\n`,
    );
  } finally {
    await dynamo.stop();
  }
}

await main();
