import { isLocale, LOCALES } from '@haven/core';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { problem } from '../api/problem';
import type { AppDeps } from '../deps';
import { NotFoundPage } from '../pages/not-found-page';
import { pageContext } from '../pages/page-context';
import { chooseLocale } from './campaign-context';

/**
 * A two-letter language prefix. Organisation slugs are at least three characters, so the prefix
 * never shadows one; an unknown two-letter code is a 404 (see `knownLanguage`).
 */
export const LANG = ':lang{[a-z][a-z]}';

/** A 404 in the visitor's language; under /api/ it is problem details, as the API speaks. */
export function notFound(c: Context, deps: Pick<AppDeps, 'publicUrl'>) {
  if (c.req.path.startsWith('/api/')) {
    return problem(c, 404, { type: 'about:blank', title: 'Not Found' });
  }
  const locale = chooseLocale(c, LOCALES, 'en');
  const ctx = pageContext({ locale, publicUrl: deps.publicUrl, rest: '/', offered: LOCALES });
  return c.html(<NotFoundPage ctx={ctx} />, 404);
}

/** Lets through a path whose `LANG` prefix is a language the service speaks; else a 404. */
export const knownLanguage = (deps: Pick<AppDeps, 'publicUrl'>) =>
  createMiddleware(async (c, next) => {
    if (!isLocale(c.req.param('lang'))) return notFound(c, deps);
    await next();
  });
