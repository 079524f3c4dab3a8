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
  const { orgs, campaigns } = await seededValues(db);
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

const seeded = new WeakMap<Db, ReturnType<typeof readSeededValues>>();

/**
 * The organisations and open campaigns, read once per table: callers fill every route's pattern
 * at once, and a Query burst per route outran a loaded machine's DynamoDB Local.
 */
function seededValues(db: Db) {
  let values = seeded.get(db);
  if (!values) {
    values = readSeededValues(db);
    seeded.set(db, values);
  }
  return values;
}

async function readSeededValues(db: Db) {
  const orgs = await listOrganisations(db);
  const campaigns = new Map(
    await Promise.all(
      orgs.map(async (org) => [org.slug, await listCampaigns(db, org.slug, 'open')] as const),
    ),
  );
  return { orgs, campaigns };
}
