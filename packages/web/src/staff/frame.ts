import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { PERSONAL } from '../cache-policy';
import type { AppDeps } from '../deps';
import type { StaffEnv } from './access';

/**
 * What every staff route stands behind, whichever function serves it: the dependencies
 * `requireStaff` reads, the origin check and `no-store`. The staff function mounts every staff
 * route in it (index.ts); payments only the two Stripe onboarding routes (payments-app.ts).
 */
export function staffFrame(deps: AppDeps) {
  const app = new Hono<StaffEnv>();
  app.use(async (c, next) => {
    c.set('staffDeps', deps);
    await next();
    // Staff pages show member lists, settings and tokens: no cache, shared or private, keeps them.
    c.header('Cache-Control', PERSONAL);
  });
  // A cross-site form post is refused before any handler runs; the per-session token in every
  // form (requireStaff) is the second lock.
  app.use(csrf({ origin: new URL(deps.publicUrl).origin }));
  return app;
}
