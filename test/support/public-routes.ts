import { LOCALES } from '@haven/core';
import { type Db, listCampaigns, listOrganisations } from '@haven/db';
import type { App } from '@haven/web';

export type PublicRoute = { method: string; pattern: string };

/** Every route the app answers, as registered (middleware left out): the fuzz's and audit's list. */
export function publicRoutes(app: Pick<App, 'routes'>): PublicRoute[] {
  const seen = new Set<string>();
  return app.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => ({ method: route.method, pattern: route.path }))
    .filter(({ method, pattern }) => {
      const key = `${method} ${pattern}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * A route's pattern filled in with every real value its parameters can take in the seeded
 * data: each language, organisation, campaign of that organisation, and cover.
 */
export async function concretePaths(db: Db, pattern: string): Promise<string[]> {
  const { orgs, campaigns } = await seededLists(db);
  let paths = [''];
  for (const segment of pattern.split('/').slice(1)) {
    const name = /^:(\w+)/.exec(segment)?.[1];
    paths = paths.flatMap((path) => {
      if (!name) return [`${path}/${segment}`];
      if (name === 'lang') return LOCALES.map((locale) => `${path}/${locale}`);
      if (name === 'org') return orgs.map((org) => `${path}/${org.slug}`);
      if (name === 'campaign') {
        const org = path.split('/').find((part) => campaigns.has(part)) ?? '';
        return (campaigns.get(org) ?? []).map((campaign) => `${path}/${campaign.slug}`);
      }
      if (name === 'name') return [`${path}/mountains.svg`];
      return [`${path}/x`];
    });
  }
  return paths.map((path) => path || '/');
}

/**
 * The organisations and their open campaigns, read once per table: callers map every route at
 * once, and a query per route and organisation in parallel timed out on a loaded machine.
 */
const lists = new WeakMap<Db, ReturnType<typeof readLists>>();

function seededLists(db: Db) {
  const known = lists.get(db);
  if (known) return known;
  const read = readLists(db);
  lists.set(db, read);
  return read;
}

async function readLists(db: Db) {
  const orgs = await listOrganisations(db);
  const campaigns = new Map(
    await Promise.all(
      orgs.map(async (org) => [org.slug, await listCampaigns(db, org.slug, 'open')] as const),
    ),
  );
  return { orgs, campaigns };
}
