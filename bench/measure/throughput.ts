/**
 * Requests per second at a fixed concurrency, for a fixed time: the campaign page rendered by
 * the page function's app, the JSON campaign route, and a bare GetItem of the same campaign
 * item, all against the same DynamoDB Local in the same process; and the page as a visitor gets
 * it behind a shared cache that does what CloudFront does with its Cache-Control (keeps it for
 * `s-maxage`, nothing at all when it is private or no-store).
 */
import { createDb, keys } from '@haven/db';
import { createApp, createPageApp } from '@haven/web';
import { rawGetItem } from '../anchors/get-item';

export type Throughput = { requests: number; seconds: number; perSecond: number };

export async function drive(
  concurrency: number,
  seconds: number,
  once: () => Promise<void>,
): Promise<Throughput> {
  // A short warm-up first: formatters, connections and the JIT, as on a warm Lambda.
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) await once();
  let requests = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      await once();
      requests += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { requests, seconds: elapsed, perSecond: requests / elapsed };
}

/** A shared cache in front of `fetch`: one entry per path, kept as `s-maxage` says. */
function sharedCache(fetch: (path: string) => Promise<Response>, now = () => performance.now()) {
  const kept = new Map<string, { body: ArrayBuffer; until: number }>();
  let misses = 0;
  const get = async (path: string): Promise<number> => {
    const hit = kept.get(path);
    if (hit && hit.until > now()) return hit.body.byteLength;
    misses += 1;
    const response = await fetch(path);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    const body = await response.arrayBuffer();
    const control = response.headers.get('cache-control') ?? '';
    const maxAge = /(?:^|,)\s*s-maxage=(\d+)/.exec(control)?.[1];
    if (maxAge && /public/.test(control) && !/private|no-store/.test(control)) {
      kept.set(path, { body, until: now() + Number(maxAge) * 1000 });
    }
    return body.byteLength;
  };
  return { get, misses: () => misses };
}

export async function measureThroughput(
  endpoint: string,
  tableName: string,
  campaign: { org: string; slug: string; locale: string },
  options: { concurrency: number; seconds: number },
) {
  const db = createDb({ tableName, endpoint });
  const deps = { db, publicUrl: 'https://give.example.org', now: () => new Date() };
  const pages = createPageApp(deps);
  const api = createApp(deps);
  const pagePath = `/${campaign.locale}/${campaign.org}/${campaign.slug}`;
  const jsonPath = `/api/organisations/${campaign.org}/campaigns/${campaign.slug}`;
  const expectOk = async (response: Response) => {
    if (response.status !== 200) throw new Error(`${response.url} answered ${response.status}`);
    await response.arrayBuffer();
  };
  const get = rawGetItem(endpoint, tableName);
  const key = keys.campaign(campaign.org, campaign.slug);
  const { concurrency, seconds } = options;
  // Interleaved halves, so neither side has the machine to itself when the other ran.
  const half = seconds / 2;
  const getItem = [await drive(concurrency, half, () => get(key))];
  const page = [
    await drive(concurrency, half, async () => expectOk(await pages.request(pagePath))),
  ];
  const json = [await drive(concurrency, half, async () => expectOk(await api.request(jsonPath)))];
  getItem.push(await drive(concurrency, half, () => get(key)));
  page.push(await drive(concurrency, half, async () => expectOk(await pages.request(pagePath))));
  json.push(await drive(concurrency, half, async () => expectOk(await api.request(jsonPath))));
  const cache = sharedCache(async (path) => pages.request(path));
  const cached = await drive(concurrency, seconds, async () => {
    await cache.get(pagePath);
  });
  const total = (runs: Throughput[]): Throughput => {
    const requests = runs.reduce((sum, run) => sum + run.requests, 0);
    const elapsed = runs.reduce((sum, run) => sum + run.seconds, 0);
    return { requests, seconds: elapsed, perSecond: requests / elapsed };
  };
  return {
    getItem: total(getItem),
    page: total(page),
    json: total(json),
    cached: { ...cached, originRequests: cache.misses() },
  };
}
