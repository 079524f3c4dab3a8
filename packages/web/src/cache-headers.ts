import { createMiddleware } from 'hono/factory';
import { cachePolicy, PERSONAL } from './cache-policy';

/**
 * Cache-Control on every answer, from the app itself so that they hold with or without
 * the CDN in front. A route that set its own Cache-Control (static assets, health) keeps it,
 * unless the path is personal, which always wins.
 */
export const cacheHeaders = () =>
  createMiddleware(async (c, next) => {
    await next();
    const policy = cachePolicy({
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      setsCookie: c.res.headers.has('Set-Cookie'),
      negotiated: /accept-language/i.test(c.res.headers.get('Vary') ?? ''),
    });
    if (!c.res.headers.has('Cache-Control') || policy === PERSONAL) {
      c.res.headers.set('Cache-Control', policy);
    }
  });
