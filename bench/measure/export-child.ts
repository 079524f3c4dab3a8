/**
 * One process, one run: `tsx export-child.ts <endpoint> <table> <org> <export|query>`. Either
 * the donations export of the organisation's whole year, as CSV bytes into a sink that drops
 * them, or the bare anchor: the same paged Query of the same items, drained and dropped.
 * Prints the rows, bytes, milliseconds and the process's peak resident memory as JSON.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDb, paymentExportQuery, queryItems } from '@haven/db';
import { exportCsv } from '@haven/exports';

const [endpoint = '', tableName = '', org = '', mode = 'export'] = process.argv.slice(2);
// A loaded laptop's DynamoDB Local can take seconds for a 1 MB page: measured, not refused.
const db = createDb({ tableName, endpoint, timeouts: { requestTimeout: 120_000 } });
const filter = { from: '2026-01-01', to: '2026-12-31' };
const scope = { orgSlug: org };

let bytes = 0;
let rows = 0;
const started = performance.now();
if (mode === 'query') {
  for await (const _ of queryItems(db, paymentExportQuery(scope, filter))) rows += 1;
} else {
  const tally = { rows: 0 };
  const csv = exportCsv(
    db,
    scope,
    { kind: 'donations', filter, role: 'finance', locale: 'en' },
    tally,
  );
  await pipeline(
    csv,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    }),
  );
  rows = tally.rows;
}
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({ rows, bytes, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }),
);
