/**
 * `npm run bench -- page-render`: where a campaign page's time goes. The same page at
 * concurrency 10, once against DynamoDB Local and once with DynamoDB's answers replayed from
 * memory (the SDK's middleware answers each command with what the first call returned), so the
 * second figure is the page function's own work: routing, render and response, no round trip.
 * Also counts DynamoDB commands per page. Figures only.
 */
import { createDb, ensureTable, keys } from '@haven/db';
import { seedDemoData, startDynamoDbLocal } from '@haven/local';
import { createPageApp } from '@haven/web';
import { rawGetItem } from './anchors/get-item';
import { drive } from './measure/throughput';

const path = '/fr/mpm/voix-aux-nations-unies';
const local = await startDynamoDbLocal();

function pageDriver(replay: boolean) {
  const db = createDb({ tableName: 'bench', endpoint: local.endpoint });
  const answers = new Map<string, unknown>();
  let commands = 0;
  db.doc.middlewareStack.add(
    (next, context) => async (args) => {
      commands += 1;
      if (!replay) return next(args);
      const key = `${context.commandName} ${JSON.stringify(args.input)}`;
      const kept = answers.get(key);
      if (kept) return structuredClone(kept) as Awaited<ReturnType<typeof next>>;
      const answer = await next(args);
      answers.set(key, { output: answer.output });
      return answer;
    },
    { step: 'initialize', name: 'benchReplay' },
  );
  const pages = createPageApp({ db, publicUrl: 'https://give.example.org', now: () => new Date() });
  let pagesServed = 0;
  const once = async () => {
    const response = await pages.request(path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    await response.arrayBuffer();
    pagesServed += 1;
  };
  return { once, commandsPerPage: () => commands / pagesServed };
}

try {
  const setup = createDb({ tableName: 'bench', endpoint: local.endpoint });
  await ensureTable(setup.client, 'bench');
  await seedDemoData(setup);
  const get = rawGetItem(local.endpoint, 'bench');
  const perSecond = async (once: () => Promise<void>) => (await drive(10, 5, once)).perSecond;
  const getItem = await perSecond(() => get(keys.campaign('mpm', 'voix-aux-nations-unies')));
  const live = pageDriver(false);
  const livePerSecond = await perSecond(live.once);
  const replayed = pageDriver(true);
  const replayedPerSecond = await perSecond(replayed.once);
  const ratio = (value: number) => `${(value / getItem).toFixed(2)}× GetItem`;
  process.stdout.write(
    [
      `raw GetItem                        ${Math.round(getItem)} req/s`,
      `campaign page, DynamoDB Local      ${Math.round(livePerSecond)} req/s (${ratio(livePerSecond)}), ${live.commandsPerPage().toFixed(1)} DynamoDB commands a page`,
      `campaign page, answers replayed    ${Math.round(replayedPerSecond)} req/s (${ratio(replayedPerSecond)}): ${(1000 / replayedPerSecond).toFixed(2)} ms of the function's own work a page`,
      '',
    ].join('\n'),
  );
} finally {
  await local.stop();
}
