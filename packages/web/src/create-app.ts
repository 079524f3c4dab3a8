import { createApiApp } from './api/app';
import { createSite } from './app';
import type { AppDeps } from './deps';

/** The whole service with its JSON API loaded up front and typed: dev server, payments, tests. */
export const createApp = (deps: AppDeps) =>
  createSite(deps, (app) => app.route('/', createApiApp(deps)));

export type App = ReturnType<typeof createApp>;
