import type { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { healthRoutes } from '../routes/health';
import { mediaRoutes } from '../routes/media';
import { pageRoutes } from '../routes/pages';
import { staticRoutes } from '../routes/static';

/** Static assets and the health check: mounted first, ahead of every pattern that could match. */
export function mountAssets(app: Hono, deps: AppDeps): void {
  app.route('/static', staticRoutes());
  app.route('/', healthRoutes(deps));
}

/**
 * The public pages and uploaded media. Mounted last: their `/:org/:campaign` patterns would
 * otherwise answer the paths of every other part.
 */
export function mountPublicPages(app: Hono, deps: AppDeps): void {
  app.route('/', mediaRoutes(deps));
  app.route('/', pageRoutes(deps));
}
