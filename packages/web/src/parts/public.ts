import type { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { healthRoutes } from '../routes/health';
import { mediaRoutes } from '../routes/media';
import { pageRoutes } from '../routes/pages';
import { resendWebhookRoutes } from '../routes/resend-webhook';
import { staticRoutes } from '../routes/static';
import { unsubscribeRoutes } from '../routes/unsubscribe';

/**
 * Static assets, the health check and Resend's webhook (bounces and complaints): mounted first,
 * ahead of every pattern that could match.
 */
export function mountAssets(app: Hono, deps: AppDeps): void {
  app.route('/static', staticRoutes());
  app.route('/', healthRoutes(deps));
  if (deps.resendWebhookSecret) {
    app.route('/', resendWebhookRoutes({ ...deps, secret: deps.resendWebhookSecret }));
  }
}

/**
 * The public pages, one-click unsubscribe (a mail client's POST, no session) and uploaded media.
 * Mounted last: their `/:org/:campaign` patterns would
 * otherwise answer the paths of every other part.
 */
export function mountPublicPages(app: Hono, deps: AppDeps): void {
  app.route('/', mediaRoutes(deps));
  app.route('/', unsubscribeRoutes(deps));
  app.route('/', pageRoutes(deps));
}
