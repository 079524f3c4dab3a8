import { logger } from '@haven/log';
import { createMiddleware } from 'hono/factory';

/**
 * One JSON line per request: method, matched route pattern, status, duration, request id.
 * The route pattern, not the URL, so no query string (which may carry an email) is logged.
 */
export const requestLog = () =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
