import { createDb } from '@haven/db';
import { createApp, createPageApp, createStaffApp, STAFF_PREFIXES } from '@haven/web';
import { describe, expect, it } from 'vitest';
import { routes } from '../../stacks/api';

const deps = {
  db: createDb({ tableName: 'route-split', endpoint: 'http://127.0.0.1:1' }),
  publicUrl: 'https://give.example.org',
  now: () => new Date('2026-11-25T12:00:00Z'),
};
const routeKeys = (app: { routes: { method: string; path: string }[] }) =>
  new Set(app.routes.map((route) => `${route.method} ${route.path}`));
const everything = createApp(deps).routes;
const pages = routeKeys(createPageApp(deps));
const staff = routeKeys(createStaffApp(deps));

/** Does a Hono path fall under an API Gateway prefix (`{name}` standing for one segment)? */
function underPrefix(path: string, prefix: string): boolean {
  const want = prefix.split('/');
  const have = path.split('/');
  return want.every((segment, i) => {
    const actual = have[i];
    if (actual === undefined) return false;
    return /^\{[^}]+\}$/.test(segment) ? actual !== '' : segment === actual;
  });
}
const isStaff = (path: string) => STAFF_PREFIXES.some((prefix) => underPrefix(path, prefix));
// Whole path prefixes other functions serve (`ANY …` routes): the JSON API, the donor space.
const otherPrefixes = [...routes.payments, ...routes.jsonApi]
  .filter((route) => route.startsWith('ANY '))
  .map((route) => route.slice('ANY '.length).replace(/\/\{proxy\+\}$/, ''));
const elsewhere = (path: string) =>
  /^\/(api|webhooks)(\/|$)/.test(path) ||
  otherPrefixes.some((prefix) => underPrefix(path.replace(/\{[^}]*\}/g, ''), prefix));

describe('the split between the page and the staff functions', () => {
  it('routes every staff prefix, and only those, to the staff function', () => {
    expect([...routes.staff].sort()).toEqual(
      STAFF_PREFIXES.flatMap((prefix) => [`ANY ${prefix}`, `ANY ${prefix}/{proxy+}`]).sort(),
    );
  });

  it('serves each route of the whole app from the function API Gateway sends its path to', () => {
    const misplaced = everything.flatMap(({ method, path }) => {
      const key = `${method} ${path}`;
      if (method === 'ALL' && /^\/?\*$/.test(path)) return []; // the shared middleware
      if (isStaff(path)) {
        return staff.has(key) && !pages.has(key) ? [] : [`${key}: staff function`];
      }
      if (elsewhere(path)) return [];
      return pages.has(key) && !staff.has(key) ? [] : [`${key}: page function`];
    });
    expect(misplaced).toEqual([]);
    // The check saw both parts.
    expect(everything.some(({ path }) => isStaff(path))).toBe(true);
    expect(everything.some(({ path }) => path === '/:org/:campaign')).toBe(true);
  });
});
