import { serve } from '@hono/node-server';

/** Serves a fetch handler on a free loopback port, for browser tests. */
export async function listen(fetch: (request: Request) => Response | Promise<Response>) {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ready) => server.once('listening', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
