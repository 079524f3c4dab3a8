import { pingTable } from '@haven/db';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps';

const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.literal('unreachable').optional(),
  })
  .openapi('Health');

const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['operations'],
  responses: {
    200: { content: { 'application/json': { schema: Health } }, description: 'Ready' },
    503: {
      content: { 'application/json': { schema: Health } },
      description: 'The database does not answer',
    },
  },
});

/** Ready when the database answers: a single strongly consistent read of a key that needn't exist. */
export function healthRoutes(deps: AppDeps) {
  const app = new OpenAPIHono();
  app.openapi(healthRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await pingTable(deps.db);
      return c.json({ status: 'ok' as const }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const, database: 'unreachable' as const }, 503);
    }
  });
  return app;
}
