import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';

/**
 * msw at the edge of outside services: any request to another host that no handler answers
 * fails the test. Loopback traffic (DynamoDB Local, the app itself) is ours and passes through.
 */
export function outsideServices(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  return {
    server,
    listen: () =>
      server.listen({
        onUnhandledRequest(request, print) {
          const { hostname } = new URL(request.url);
          if (hostname === '127.0.0.1' || hostname === 'localhost') return;
          print.error();
        },
      }),
    close: () => server.close(),
  };
}
