import { createSite } from './app';
import type { AppDeps } from './deps';
import { mountAssets, mountPublicPages } from './parts/public';

/**
 * The page function's app: public pages, media, static assets and health. The JSON API
 * (functions/json-api.ts), the staff pages (functions/staff.ts) and the donation routes
 * (functions/payments.ts) are other functions', as stacks/api.ts routes them; so a cold start
 * that serves a page loads neither @hono/zod-openapi nor passkeys, sharp or the editors. Their
 * paths here are 404s.
 */
export const createPageApp = (deps: AppDeps) =>
  createSite(deps, (app) => {
    mountAssets(app, deps);
    mountPublicPages(app, deps);
    return app;
  });

export { guardFromConfig } from './guard/from-config';
