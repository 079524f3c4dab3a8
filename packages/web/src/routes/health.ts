import { pingTable } from '@haven/db';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';

/**
 * Ready when the database answers: a single strongly consistent read of a key that needn't exist.
 * Documented in the OpenAPI document by api/health-doc.ts, so this route loads no zod-openapi.
 */
export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await pingTable(deps.db);
      return c.json({ status: 'ok' as const }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const, database: 'unreachable' as const }, 503);
    }
  });
}
