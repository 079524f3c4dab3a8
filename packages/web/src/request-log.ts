import { createMiddleware } from 'hono/factory';

/**
 * One JSON line per request: method, matched route pattern, status, duration, request id.
 * The route pattern, not the URL, so no query string (which may carry an email) is logged.
 */
export const requestLog = () =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    await next();
    if (process.env.LOG_REQUESTS === '0') return;
    process.stdout.write(
      `${JSON.stringify({
        level: 'info',
        msg: 'request',
        requestId: c.get('requestId'),
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      })}\n`,
    );
  });
