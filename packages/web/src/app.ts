import { DomainError, ValidationError } from '@haven/core';
import { errorFields, logger } from '@haven/log';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { problem } from './api/problem';
import { cacheHeaders } from './cache-headers';
import type { AppDeps } from './deps';
import { httpStatus } from './errors-to-http';
import { bodyLimits } from './guard/body-limit';
import { contentTypes } from './guard/content-type';
import { httpExceptionAnswer } from './guard/http-exception';
import { methodNotAllowed } from './guard/method-not-allowed';
import { challengeCsp } from './guard/turnstile';
import { requestLog } from './request-log';
import { RETRY_AFTER_SECONDS } from './retry-after';
import { healthRoutes } from './routes/health';
import { mediaRoutes } from './routes/media';
import { notFound } from './routes/page-paths';
import { pageRoutes } from './routes/pages';
import { resendWebhookRoutes } from './routes/resend-webhook';
import { staticRoutes } from './routes/static';
import { stripeWebhookRoutes } from './routes/stripe-webhook';
import { unsubscribeRoutes } from './routes/unsubscribe';
import { staffRoutes } from './staff';

const passkeyPages = /^\/staff\/(security|passkey)$/;

/**
 * The whole HTTP service: the same app runs on Lambda, in the dev server and in tests. The JSON
 * API is mounted by the caller (`mountApi`), before the pages whose paths it would otherwise
 * match: eagerly and typed (`createApp`), or left to its own function by the page function
 * (`createPageApp`), which so never loads the OpenAPI machinery to serve a page.
 */
export function createSite<Typed>(deps: AppDeps, mountApi: (app: Hono) => Typed): Typed {
  const app = new Hono();

  app.use(requestId());
  app.use(requestLog());
  app.use(cacheHeaders());
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
  if (deps.resendWebhookSecret) {
    app.route('/', resendWebhookRoutes({ ...deps, secret: deps.resendWebhookSecret }));
  }
  const typed = mountApi(app);
  app.route('/staff', staffRoutes(deps));
  app.route('/', mediaRoutes(deps));
  app.route('/', unsubscribeRoutes(deps));
  app.route('/', pageRoutes(deps));

  app.notFound((c) => notFound(c, deps));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return httpExceptionAnswer(c, error);
    if (error instanceof DomainError) {
      const status = httpStatus(error);
      if (status === 404 && !c.req.path.startsWith('/api/')) return notFound(c, deps);
      if (status === 503) {
        logger.warn('unavailable', { requestId: c.get('requestId'), code: error.code });
        // Transient: say when to come back (Stripe retries a webhook on any 5xx by itself).
        c.header('Retry-After', RETRY_AFTER_SECONDS);
      }
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
