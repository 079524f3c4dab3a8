/** The app on loopback as `npm start` serves it (compressed), over a given table. */

import { createDb } from '@haven/db';
import { freePort } from '@haven/local';
import { createApp } from '@haven/web';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

export async function serveApp(endpoint: string, tableName: string) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const db = createDb({ tableName, endpoint });
  const root = new Hono();
  root.use(compress());
  root.route('/', createApp({ db, publicUrl: url, now: () => new Date() }));
  const server = serve({ fetch: root.fetch, port, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => server.once('listening', ready));
  return {
    url,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
