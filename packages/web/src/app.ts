import { DomainError } from '@haven/core';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { problem } from './api/problem';
import { apiRoutes } from './api/routes';
import type { AppDeps } from './deps';
import { requestLog } from './request-log';
import { healthRoutes } from './routes/health';
import { notFound, pageRoutes } from './routes/pages';
import { staticRoutes } from './routes/static';

/** The whole HTTP service: the same app runs on Lambda, in the dev server and in tests. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      return problem(c, 400, {
        type: 'about:blank',
        title: 'Bad Request',
        detail: 'The request did not match the schema',
        errors: result.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      });
    },
  });

  app.use(requestId());
  app.use(requestLog());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
    }),
  );

  app.route('/static', staticRoutes());
  app.route('/', healthRoutes(deps));
  app.route('/api', apiRoutes(deps));
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Haven public API',
      version: '1.0.0',
      description: 'Organisations and campaigns with their totals.',
    },
  });
  app.route('/', pageRoutes(deps));

  app.notFound((c) => notFound(c, deps));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    if (error instanceof DomainError && error.status !== 503) {
      if (error.status === 404 && !c.req.path.startsWith('/api/')) return notFound(c, deps);
      return problem(c, error.status, {
        type: `urn:haven:error:${error.code}`,
        title: error.message,
      });
    }
    console.error(
      JSON.stringify({
        level: 'error',
        msg: 'unhandled',
        requestId: c.get('requestId'),
        error: String(error),
      }),
    );
    return problem(c, 500, { type: 'about:blank', title: 'Internal Server Error' });
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
