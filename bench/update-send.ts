/**
 * What emailing an update costs: time, DynamoDB requests and Resend calls to queue it (the
 * fan-out into batches) and to send it, to 1 000 and 10 000 consenting supporters in four
 * languages, on DynamoDB Local with Resend answered at its edge by msw. One worker, items one
 * after another (in AWS the stream sends batches in parallel). Run: npm run bench -- update-send.
 * Prints figures; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import {
  auditPut,
  createCampaignUpdate,
  createDb,
  type Db,
  ensureTable,
  fanoutOutboxId,
  findCampaignUpdate,
  publishCampaignUpdate,
  saveCampaignUpdateText,
  scheduleUpdateEmail,
} from '@haven/db';
import { seedDemoData, startDynamoDbLocal } from '@haven/local';
import { sendOutboxItem } from '@haven/outbox';
import { outsideServices } from '../test/support/msw';
import { resendBatches } from '../test/support/resend-batch';
import { generateSupporters } from '../test/support/supporters';
import { pendingUpdateItems, updateWorker } from '../test/support/update-flow';

const ORG = 'mpm';
const CAMPAIGN = 'voix-aux-nations-unies';
const TEXT = {
  en: { title: 'The heaters arrived', body: 'They warm **40 families**.' },
  fr: { title: 'Les radiateurs sont arrivés', body: 'Ils chauffent **40 familles**.' },
  es: { title: 'Llegaron los calefactores', body: 'Calientan a **40 familias**.' },
  ar: { title: 'وصلت المدافئ', body: 'تدفئ **٤٠ عائلة**.' },
};

function countCalls(db: Db) {
  const calls: Record<string, number> = {};
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '?';
      calls[command] = (calls[command] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return {
    take() {
      const taken = { ...calls };
      for (const name of Object.keys(calls)) delete calls[name];
      return taken;
    },
  };
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

async function run(endpoint: string, count: number) {
  const db = createDb({ tableName: `bench-${randomUUID()}`, endpoint });
  await ensureTable(db.client, db.tableName);
  await seedDemoData(db);
  const began = Date.now();
  await generateSupporters(db, { org: ORG, campaign: CAMPAIGN }, count, 32);
  process.stderr.write(
    `  ${count} supporters generated in ${((Date.now() - began) / 1000).toFixed(0)} s\n`,
  );
  const now = new Date();
  const scope = { orgSlug: ORG, memberId: 'bench', role: 'fundraiser' as const };
  const audit = (subject: string) =>
    auditPut(db, scope, { action: 'campaign.update_saved', subject }, now);
  const update = await createCampaignUpdate(
    db,
    scope,
    { campaignSlug: CAMPAIGN, locale: 'en', text: TEXT.en, now },
    audit,
  );
  const calls = countCalls(db);
  const resend = resendBatches();
  const edge = outsideServices(resend.handler);
  edge.listen();
  try {
    for (const lang of ['fr', 'es', 'ar'] as const) {
      await saveCampaignUpdateText(
        db,
        scope,
        { campaignSlug: CAMPAIGN, id: update.id, locale: lang, text: TEXT[lang], now },
        audit(update.id),
      );
    }
    await publishCampaignUpdate(
      db,
      scope,
      { campaignSlug: CAMPAIGN, id: update.id, now },
      audit(update.id),
    );
    calls.take();
    const worker = updateWorker(db, now);

    const queueStart = performance.now();
    await scheduleUpdateEmail(
      db,
      scope,
      { campaignSlug: CAMPAIGN, id: update.id, sendAt: now, now },
      audit(update.id),
    );
    while ((await sendOutboxItem(worker, fanoutOutboxId(update.id))) === 'skipped') {
      // Past its time budget: the sweep would take it again.
    }
    const queueMs = performance.now() - queueStart;
    const queueCalls = calls.take();

    const batches = (await pendingUpdateItems(db)).filter((item) => item.kind === 'update-batch');
    calls.take();
    const sendStart = performance.now();
    for (const batch of batches) await sendOutboxItem(worker, batch.id);
    const sendMs = performance.now() - sendStart;
    const sendCalls = calls.take();
    const counts = (await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, update.id))?.counts;
    return {
      supporters: count,
      batches: batches.length,
      queue: { ms: Math.round(queueMs), dynamodb: total(queueCalls), byCommand: queueCalls },
      send: {
        ms: Math.round(sendMs),
        dynamodb: total(sendCalls),
        byCommand: sendCalls,
        resendCalls: resend.state.calls,
        emails: resend.delivered.length,
      },
      counts,
    };
  } finally {
    edge.close();
  }
}

async function main() {
  const dynamo = await startDynamoDbLocal();
  try {
    for (const count of [1_000, 10_000]) {
      process.stderr.write(`update to ${count} supporters…\n`);
      process.stdout.write(`${JSON.stringify(await run(dynamo.endpoint, count), null, 2)}\n`);
    }
  } finally {
    await dynamo.stop();
  }
}

await main();
