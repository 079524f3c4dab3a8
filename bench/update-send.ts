/**
 * What emailing an update costs: time, DynamoDB requests (with the read and write units DynamoDB
 * reports) and Resend calls to queue it (the fan-out into batches) and to send it, to 1 000 and
 * 10 000 supporters in four languages, on DynamoDB Local with Resend answered at its edge by msw.
 * The supporters are written in bulk with the db package's own item builder (a few bounced or
 * opted out, a few never consented), and 20 more through the real fulfilment path. One worker,
 * items one after another (in AWS the stream sends batches in parallel). Run: npm run bench --
 * update-send. Prints figures, writes bench/results/update-send.json; asserts nothing.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
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
import { generateSupporters, writeSupporters } from '../test/support/supporters';
import { pendingUpdateItems, updateWorker } from '../test/support/update-flow';

const ORG = 'mpm';
const CAMPAIGN = 'voix-aux-nations-unies';
const TEXT = {
  en: { title: 'The heaters arrived', body: 'They warm **40 families**.' },
  fr: { title: 'Les radiateurs sont arrivés', body: 'Ils chauffent **40 familles**.' },
  es: { title: 'Llegaron los calefactores', body: 'Calientan a **40 familias**.' },
  ar: { title: 'وصلت المدافئ', body: 'تدفئ **٤٠ عائلة**.' },
};

type Tally = {
  calls: Record<string, number>;
  transactItems: number;
  ms: Record<string, number>;
  read: number;
  write: number;
};
/** The part of DynamoDB's ConsumedCapacity this adds up (one per table, or a list per transaction). */
type Consumed = { CapacityUnits?: number };
const fresh = (): Tally => ({ calls: {}, transactItems: 0, ms: {}, read: 0, write: 0 });

/** Counts every DynamoDB request and adds up the capacity DynamoDB says it consumed. */
function countCalls(db: Db) {
  let tally = fresh();
  db.client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { ReturnConsumedCapacity?: string; TransactItems?: unknown[] };
      input.ReturnConsumedCapacity = 'TOTAL';
      tally.transactItems += input.TransactItems?.length ?? 0;
      const command = context.commandName ?? '?';
      tally.calls[command] = (tally.calls[command] ?? 0) + 1;
      const began = performance.now();
      const result = await next(args);
      tally.ms[command] = (tally.ms[command] ?? 0) + performance.now() - began;
      const output = result.output as { ConsumedCapacity?: Consumed | Consumed[] };
      for (const c of [output.ConsumedCapacity ?? []].flat()) {
        if (/^(Get|Query|BatchGet|TransactGet)/.test(command)) tally.read += c.CapacityUnits ?? 0;
        else tally.write += c.CapacityUnits ?? 0;
      }
      return result;
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return {
    take() {
      const taken = tally;
      tally = fresh();
      return {
        requests: total(taken.calls),
        rcu: Math.round(taken.read),
        /**
         * As DynamoDB Local reports it, which counts one item per transaction whatever its size
         * (a 33-item TransactWriteItems reports 4 units): read it with `transactItems`, each of
         * which costs 2 WCU per KB in DynamoDB (plus 1 per GSI it touches).
         */
        wcuReportedByLocal: Math.round(taken.write),
        transactItems: taken.transactItems,
        byCommand: taken.calls,
        /** Time spent waiting on DynamoDB Local, by command: the rest is our own work and Resend's. */
        msByCommand: Object.fromEntries(
          Object.entries(taken.ms).map(([name, ms]) => [name, Math.round(ms)]),
        ),
      };
    },
  };
}

const REAL_GIFTS = 20;
const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

async function run(endpoint: string, count: number) {
  const db = createDb({ tableName: `bench-${randomUUID()}`, endpoint });
  await ensureTable(db.client, db.tableName);
  await seedDemoData(db);
  const began = Date.now();
  const target = { org: ORG, campaign: CAMPAIGN };
  // A few through the real path, so the bench still proves fulfilment's supporters get the email.
  const real = await generateSupporters(db, target, REAL_GIFTS, 4);
  const written = await writeSupporters(db, target, count - REAL_GIFTS);
  process.stderr.write(
    `  ${count} supporters written in ${((Date.now() - began) / 1000).toFixed(0)} s\n`,
  );
  const mailable = real.length + written.people.filter((p) => p.consent).length;
  const expectedSent = mailable - written.bouncing - written.optedOut;
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
    const queueDynamo = calls.take();

    const batches = (await pendingUpdateItems(db)).filter((item) => item.kind === 'update-batch');
    calls.take();
    const sendStart = performance.now();
    for (const batch of batches) await sendOutboxItem(worker, batch.id);
    const sendMs = performance.now() - sendStart;
    const sendDynamo = calls.take();
    const counts = (await findCampaignUpdate(db, { orgSlug: ORG }, CAMPAIGN, update.id))?.counts;
    if (counts?.sent !== expectedSent) {
      throw new Error(`sent ${counts?.sent}, expected ${expectedSent}: the figures would mislead`);
    }
    return {
      supporters: count,
      consenting: mailable,
      notMailed: { bouncing: written.bouncing, optedOut: written.optedOut },
      batches: batches.length,
      queue: { ms: Math.round(queueMs), dynamodb: queueDynamo },
      send: {
        ms: Math.round(sendMs),
        dynamodb: sendDynamo,
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
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > REAL_GIFTS);
  const dynamo = await startDynamoDbLocal();
  const runs = [];
  try {
    for (const count of sizes.length > 0 ? sizes : [1_000, 10_000]) {
      process.stderr.write(`update to ${count} supporters…\n`);
      // The machine's load beside each run: DynamoDB Local's transactions slow down many times over
      // on a busy two-core machine, so the times mean little without it (the counts do not move).
      const loadBefore = loadavg()[0];
      const result = {
        ...(await run(dynamo.endpoint, count)),
        loadBefore,
        loadAfter: loadavg()[0],
      };
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      runs.push(result);
    }
  } finally {
    await dynamo.stop();
  }
  const out = resolve(import.meta.dirname, 'results/update-send.json');
  const machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version };
  await writeFile(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine, runs }, null, 2)}\n`,
  );
  process.stderr.write(`written to ${out}\n`);
}

await main();
