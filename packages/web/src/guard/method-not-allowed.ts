import { createMiddleware } from 'hono/factory';
import type { RouterRoute } from 'hono/types';
import { problem } from '../api/problem';
import { isJsonRoute } from './json-route';

/** A Hono route pattern as a regular expression: `:name` and `:name{re}` match one segment. */
const patternOf = (path: string): RegExp =>
  new RegExp(
    `^${path
      .split('/')
      .map((segment) =>
        segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')}/?$`,
  );

/**
 * On JSON routes, a known path asked with a method it does not take answers 405 with `Allow`,
 * as problem details, rather than the 404 Hono gives. `routes` is read at request time, once
 * every route is registered.
 */
export function methodNotAllowed(routes: () => readonly RouterRoute[]) {
  let table: { pattern: RegExp; method: string }[] | undefined;
  return createMiddleware(async (c, next) => {
    if (!isJsonRoute(c.req.path)) return next();
    table ??= routes()
      .filter(
        (route) => route.method !== 'ALL' && isJsonRoute(route.path) && !route.path.includes('*'),
      )
      .map((route) => ({ pattern: patternOf(route.path), method: route.method }));
    const allowed = new Set(
      table.filter(({ pattern }) => pattern.test(c.req.path)).map(({ method }) => method),
    );
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (allowed.size === 0 || allowed.has(method)) return next();
    c.header('Allow', [...allowed].sort().join(', '));
    return problem(c, 405, { type: 'about:blank', title: 'Method Not Allowed' });
  });
}
