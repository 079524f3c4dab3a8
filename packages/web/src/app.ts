import { DomainError, ValidationError } from '@haven/core';
import { errorFields, logger } from '@haven/log';
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { problem } from './api/problem';
import { apiRoutes } from './api/routes';
import { problemHook } from './api/validation-hook';
import type { AppDeps } from './deps';
import { httpStatus } from './errors-to-http';
import { bodyLimits } from './guard/body-limit';
import { contentTypes } from './guard/content-type';
import { httpExceptionAnswer } from './guard/http-exception';
import { methodNotAllowed } from './guard/method-not-allowed';
import { challengeCsp } from './guard/turnstile';
import { requestLog } from './request-log';
import { healthRoutes } from './routes/health';
import { mediaRoutes } from './routes/media';
import { notFound } from './routes/page-paths';
import { pageRoutes } from './routes/pages';
import { staticRoutes } from './routes/static';
import { stripeWebhookRoutes } from './routes/stripe-webhook';
import { registerStaffApi, staffRoutes } from './staff';

const passkeyPages = /^\/staff\/(security|passkey)$/;

/** The whole HTTP service: the same app runs on Lambda, in the dev server and in tests. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({ defaultHook: problemHook });

  app.use(requestId());
  app.use(requestLog());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        // Scripts only on the staff pages with the passkey ceremony, and only the service's own.
        scriptSrc: [(c) => (passkeyPages.test(c.req.path) ? "'self'" : "'none'")],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        // The donation form's answer is a redirect to Checkout, which form-action also governs.
        formAction: ["'self'", ...(deps.checkoutOrigins ?? [])],
        ...challengeCsp(deps.guard),
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
  );

  app.use(methodNotAllowed(() => app.routes));
  app.use(bodyLimits(deps));
  app.use(contentTypes(deps));

  app.route('/static', staticRoutes());
  app.route('/', healthRoutes(deps));
  if (deps.payments) {
    app.route('/', stripeWebhookRoutes({ db: deps.db, payments: deps.payments, now: deps.now }));
  }
  // The same app, typed with the JSON API's routes so a typed client can call them.
  const typed = app.route('/api', apiRoutes(deps));
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
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Haven public API',
      version: '1.0.0',
      description: 'Organisations and campaigns with their totals.',
    },
  });
  registerStaffApi(app.openAPIRegistry);
  app.route('/staff', staffRoutes(deps));
  app.route('/', mediaRoutes(deps));
  app.route('/', pageRoutes(deps));

  app.notFound((c) => notFound(c, deps));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return httpExceptionAnswer(c, error);
    if (error instanceof DomainError) {
      const status = httpStatus(error);
      if (status === 404 && !c.req.path.startsWith('/api/')) return notFound(c, deps);
      if (status === 503)
        logger.warn('unavailable', { requestId: c.get('requestId'), code: error.code });
      return problem(c, status, {
        type: `urn:haven:error:${error.code}`,
        title: error.name.replace(/Error$/, ''),
        detail: error.message,
        ...(error instanceof ValidationError ? { errors: error.issues } : {}),
      });
    }
    logger.error('unhandled', { requestId: c.get('requestId'), ...errorFields(error) });
    return problem(c, 500, { type: 'about:blank', title: 'Internal Server Error' });
  });
  return typed;
}

export type App = ReturnType<typeof createApp>;
