/**
 * The donations export's throughput (rows/s) and peak memory at 1 000, 10 000 and 100 000
 * payments, beside a bare paged Query of the same items in the same run, each run in its own
 * process so its peak resident memory is its own. Payments are written with BatchWriteItem into
 * DynamoDB Local first. Run: npm run bench -- export-throughput. Prints figures and writes
 * bench/results/export-throughput.json; asserts nothing.
 * Goals (issue 13): memory within 1.2× from 1 000 to 100 000; time within 1.5× of the Query.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createDb, ensureTable } from '@haven/db';
import { startDynamoDbLocal } from '@haven/local';
import { generatedPayment, paymentItem } from '../test/support/generated-payments';
import { batchPutItems } from '../test/support/raw-table';
import { median } from './measure/stats';

const root = resolve(import.meta.dirname, '..');
const SIZES = [1_000, 10_000, 100_000];
const REPEATS = 2;
type Run = { rows: number; bytes: number; ms: number; maxRssBytes: number };

function run(endpoint: string, table: string, org: string, mode: 'export' | 'query'): Run {
  const child = spawnSync(
    'npx',
    ['tsx', join(root, 'bench/measure/export-child.ts'), endpoint, table, org, mode],
    { cwd: root, encoding: 'utf8', timeout: 600_000, env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  if (child.status !== 0) throw new Error(`${mode} of ${org} failed: ${child.stderr}`);
  const parsed: Run = JSON.parse(child.stdout);
  return parsed;
}

const dynamo = await startDynamoDbLocal();
try {
  const db = createDb({
    tableName: `bench-${randomUUID()}`,
    endpoint: dynamo.endpoint,
    timeouts: { requestTimeout: 120_000 },
  });
  await ensureTable(db.client, db.tableName);
  const figures = [];
  for (const size of SIZES) {
    const org = `bench-${size}`;
    const options = { orgSlug: org, campaigns: ['a', 'b', 'c'], currencies: ['CHF', 'EUR'] };
    function* items() {
      for (let i = 0; i < size; i++) yield paymentItem(generatedPayment(i, options));
    }
    process.stderr.write(`writing ${size} payments…\n`);
    await batchPutItems(db, items(), 16);
    const exports: Run[] = [];
    const queries: Run[] = [];
    for (let i = 0; i < REPEATS; i++) {
      // Interleaved, so a warming table favours neither.
      queries.push(run(dynamo.endpoint, db.tableName, org, 'query'));
      exports.push(run(dynamo.endpoint, db.tableName, org, 'export'));
    }
    const exportMs = median(exports.map((r) => r.ms));
    const queryMs = median(queries.map((r) => r.ms));
    figures.push({
      payments: size,
      exportRows: exports[0]?.rows ?? 0,
      exportBytes: exports[0]?.bytes ?? 0,
      exportMs,
      queryMs,
      exportRowsPerS: Math.round(size / (exportMs / 1000)),
      queryRowsPerS: Math.round(size / (queryMs / 1000)),
      timeRatio: exportMs / queryMs,
      exportPeakBytes: median(exports.map((r) => r.maxRssBytes)),
      queryPeakBytes: median(queries.map((r) => r.maxRssBytes)),
    });
  }
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  for (const f of figures) {
    process.stdout.write(
      `${f.payments} payments: export ${f.exportRowsPerS} rows/s (${(f.exportMs / 1000).toFixed(2)} s, ${mb(f.exportBytes)} CSV, ${Math.round(f.exportBytes / f.payments)} B/row), peak ${mb(f.exportPeakBytes)}; bare Query ${f.queryRowsPerS} rows/s (${(f.queryMs / 1000).toFixed(2)} s), peak ${mb(f.queryPeakBytes)}; time ${f.timeRatio.toFixed(2)}× the Query\n`,
    );
  }
  const small = figures[0];
  const large = figures[figures.length - 1];
  if (small && large) {
    process.stdout.write(
      `export memory 100 000 vs 1 000: ${(large.exportPeakBytes / small.exportPeakBytes).toFixed(2)}× (goal ≤ 1.2×); time vs bare Query at 100 000: ${large.timeRatio.toFixed(2)}× (goal ≤ 1.5×)\n`,
    );
  }
  await writeFile(
    join(root, 'bench/results/export-throughput.json'),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), figures }, null, 2)}\n`,
  );
} finally {
  await dynamo.stop();
}
