import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';

/** Ready when the database answers: a single strongly consistent read of a key that needn't exist. */
export function healthRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await deps.db.doc.send(
        new GetCommand({
          TableName: deps.db.tableName,
          Key: { pk: 'HEALTH', sk: 'HEALTH' },
          ConsistentRead: true,
        }),
      );
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
    }
  });
  return app;
}
