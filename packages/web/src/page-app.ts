import { createSite } from './app';
import type { AppDeps } from './deps';

/**
 * The page function's app: pages, static assets and health, without the JSON API, which API
 * Gateway sends to its own function (functions/json-api.ts). So a cold start that serves a page
 * never loads @hono/zod-openapi or the zod it keeps whole; an /api path here is a 404.
 */
export const createPageApp = (deps: AppDeps) => createSite(deps, (app) => app);

export { guardFromConfig } from './guard/from-config';
