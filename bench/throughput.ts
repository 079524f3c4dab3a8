/**
 * `npm run bench -- throughput`: the campaign page's req/s at concurrency 10, rendered by the
 * page function's app and behind a cache that keeps it as its Cache-Control says, beside the
 * JSON campaign route and a raw GetItem on the same DynamoDB Local (the full table's row).
 */
import { createDb, ensureTable } from '@haven/db';
import { seedDemoData, startDynamoDbLocal } from '@haven/local';
import { measureThroughput } from './measure/throughput';

const local = await startDynamoDbLocal();
try {
  const db = createDb({ tableName: 'bench', endpoint: local.endpoint });
  await ensureTable(db.client, 'bench');
  await seedDemoData(db);
  const speed = await measureThroughput(
    local.endpoint,
    'bench',
    { org: 'mpm', slug: 'voix-aux-nations-unies', locale: 'fr' },
    { concurrency: 10, seconds: 6 },
  );
  const per = (figure: { perSecond: number }) =>
    `${Math.round(figure.perSecond)} req/s (${(figure.perSecond / speed.getItem.perSecond).toFixed(2)}× GetItem)`;
  process.stdout.write(
    [
      `raw GetItem        ${Math.round(speed.getItem.perSecond)} req/s`,
      `campaign page      ${per(speed.page)}`,
      `JSON campaign      ${per(speed.json)}`,
      `page behind cache  ${speed.cached.originRequests} of ${speed.cached.requests} requests reached the app`,
      '',
    ].join('\n'),
  );
} finally {
  await local.stop();
}
