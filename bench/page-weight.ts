/**
 * The weight of a campaign page as a visitor's browser receives it: HTML, CSS and JavaScript
 * bytes (raw and gzip), for each demo campaign in each of its languages. Prints figures only.
 */
import { gzipSync } from 'node:zlib';
import { createDb, ensureTable } from '@haven/db';
import { demoCampaigns, seedDemoData, startDynamoDbLocal } from '@haven/local';
import { createApp } from '@haven/web';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  process.env.LOG_LEVEL = 'silent';
  const dynamo = await startDynamoDbLocal();
  try {
    const db = createDb({ tableName: 'bench-pages', endpoint: dynamo.endpoint });
    await ensureTable(db.client, db.tableName);
    await seedDemoData(db);
    const app = createApp({ db, publicUrl: 'https://give.example.org', now: () => new Date() });
    const css = await (await app.request('/static/app.css')).text();
    process.stdout.write(
      `stylesheet /static/app.css: ${kb(css.length)} (${kb(gzipSync(css).length)} gzip), cached a day\n`,
    );
    for (const campaign of demoCampaigns) {
      for (const locale of campaign.locales) {
        const path = `/${locale}/${campaign.orgSlug}/${campaign.slug}`;
        const started = performance.now();
        const html = await (await app.request(path)).text();
        const ms = performance.now() - started;
        const bytes = Buffer.byteLength(html);
        const scripts = html.match(/<script\b/g)?.length ?? 0;
        const cover = await (await app.request(campaign.coverImage)).text();
        process.stdout.write(
          `${path.padEnd(62)} HTML ${kb(bytes).padStart(9)} (${kb(gzipSync(html).length)} gzip)  cover ${kb(cover.length)}  scripts ${scripts}  rendered in ${ms.toFixed(1)} ms\n`,
        );
      }
    }
  } finally {
    await dynamo.stop();
  }
}

await main();
