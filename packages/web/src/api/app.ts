import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppDeps } from '../deps';
import { registerStaffApi } from '../staff/openapi';
import { healthPath } from './health-doc';
import { problem } from './problem';
import { apiRoutes } from './routes';
import { problemHook } from './validation-hook';

/**
 * The JSON API under /api with its OpenAPI document: the only part of the service that needs
 * @hono/zod-openapi (and all of zod's error messages with it), so pages can be served without it.
 */
export function createApiApp(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: problemHook });
  // Errors go up to the site's one onError, also when this app is called on its own (lazily).
  app.onError((error) => {
    throw error;
  });
  app.notFound((c) => problem(c, 404, { type: 'about:blank', title: 'Not Found' }));
  // Typed with the JSON API's routes so a typed client can call them.
  const typed = app.route('/api', apiRoutes(deps));
  app.openAPIRegistry.registerPath(healthPath);
  // The webhook reads its raw body to verify Stripe's signature, so it is a plain Hono route;
  // it is documented here so the OpenAPI document lists every JSON route of the service.
  if (deps.payments) {
    app.openAPIRegistry.registerPath({
      method: 'post',
      path: '/webhooks/stripe',
      tags: ['stripe'],
      description:
        "Stripe's webhook. The body is a Stripe event, verified against the Stripe-Signature header. 2xx: applied or deliberately ignored; 400: signature refused (never retried); 5xx: retry later.",
      request: {
        headers: z.object({ 'stripe-signature': z.string() }),
        body: {
          content: {
            'application/json': {
              schema: z.object({ id: z.string(), type: z.string() }).passthrough(),
            },
          },
        },
      },
      responses: {
        200: { description: 'Applied, already applied, or not an event the service acts on' },
        400: { description: 'Signature, timestamp or body did not verify' },
        503: { description: 'A transient failure: Stripe should deliver the event again' },
      },
    });
  }
  registerStaffApi(app.openAPIRegistry);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Haven public API',
      version: '1.0.0',
      description: 'Organisations and campaigns with their totals.',
    },
  });
  return typed;
}
