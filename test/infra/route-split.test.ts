import { createDb } from '@haven/db';
import { createApp, createPageApp, createStaffApp, STAFF_PREFIXES } from '@haven/web';
import { createJsonApiApp } from '@haven/web/json-api';
import { createPaymentsApp } from '@haven/web/payments';
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
/** A Hono path as API Gateway writes it: `/:lang{[a-z][a-z]}/:org` is `/{lang}/{org}`. */
const apiGatewayPath = (path: string) => path.replace(/:([a-zA-Z]+)(\{[^}]*\})?/g, '{$1}');
const isStaff = (path: string) => STAFF_PREFIXES.some((prefix) => underPrefix(path, prefix));
// Whole path prefixes other functions serve (`ANY …` routes): the JSON API, the donor space.
const otherPrefixes = [...routes.payments, ...routes.jsonApi]
  .filter((route) => route.startsWith('ANY '))
  .map((route) => route.slice('ANY '.length).replace(/\/\{proxy\+\}$/, ''));
// Single routes payments serves (the donation form's post, the thank-you page), by method.
const paymentsRoutes = routes.payments.filter((route) => !route.startsWith('ANY '));
const elsewhere = (method: string, path: string) =>
  /^\/(api|webhooks)(\/|$)/.test(path) ||
  otherPrefixes.some((prefix) => underPrefix(path.replace(/\{[^}]*\}/g, ''), prefix)) ||
  paymentsRoutes.some((route) => route === `${method} ${apiGatewayPath(path)}`);

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
      if (elsewhere(method, path)) return [];
      return pages.has(key) && !staff.has(key) ? [] : [`${key}: page function`];
    });
    expect(misplaced).toEqual([]);
    // The check saw both parts.
    expect(everything.some(({ path }) => isStaff(path))).toBe(true);
    expect(everything.some(({ path }) => path === '/:org/:campaign')).toBe(true);
  });
});

/** A route as API Gateway or Hono spells it, each path variable written `{}`. */
const shape = (path: string) => path.replace(/\{[^}+]+\}|:[^/]+/g, '{}');

/** Does the app answer `routeKey` (an API Gateway route) with a handler of its own? */
function serves(app: { routes: { method: string; path: string }[] }, routeKey: string): boolean {
  const [method = '', path = ''] = routeKey.split(' ');
  const greedy = path.endsWith('/{proxy+}');
  const wanted = shape(greedy ? path.slice(0, -'/{proxy+}'.length) : path);
  return app.routes.some((route) => {
    if (route.method !== method && !(method === 'ANY' && route.method !== 'ALL')) return false;
    const have = shape(route.path);
    return greedy ? have.startsWith(`${wanted}/`) : have === wanted;
  });
}

describe('the functions that serve a few routes each', () => {
  it('payments answers every route API Gateway sends it, and no staff or public page', () => {
    const payments = createPaymentsApp(deps);
    expect(routes.payments.filter((route) => !serves(payments, route))).toEqual([]);
    expect(serves(payments, 'GET /staff/members')).toBe(false);
    expect(serves(payments, 'GET /{org}/{campaign}')).toBe(false);
  });

  it('the JSON API function answers every /api route of the whole app', () => {
    const api = routeKeys(createJsonApiApp(deps));
    const wanted = everything.filter(({ path }) => /^\/api\//.test(path));
    expect(wanted.length).toBeGreaterThan(3);
    expect(wanted.filter(({ method, path }) => !api.has(`${method} ${path}`))).toEqual([]);
    expect([...api].filter((key) => /\/staff|\/:lang/.test(key))).toEqual([]);
  });
});
