import { createApiApp } from './api/app';
import { createSite } from './app';
import type { AppDeps } from './deps';

/**
 * The JSON API function's app (functions/json-api.ts): /api and its OpenAPI document alone, with
 * the site's middleware and error answers; no pages, staff routes or donor space to load.
 */
export const createJsonApiApp = (deps: AppDeps) =>
  createSite(deps, (app) => app.route('/', createApiApp(deps)));
