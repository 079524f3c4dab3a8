import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { PERSONAL } from '../cache-policy';
import type { AppDeps } from '../deps';
import { knownLanguage } from '../routes/page-paths';
import { donorLinkRoutes } from './routes/link';
import { donorMonthlyRoutes } from './routes/monthly';
import { donorSpaceRoutes } from './routes/space';
import { donorStatementRoutes } from './routes/statements';

/**
 * Everything under /<lang>/donor: the donor's link and their own space. Mounted before the
 * public pages, whose `/<lang>/:org` would otherwise take `/<lang>/donor` ("donor" is a reserved
 * organisation slug for this reason).
 */
export function donorRoutes(deps: AppDeps) {
  const app = new Hono();
  app.use('/:lang/donor/*', knownLanguage(deps));
  app.use('/:lang/donor', knownLanguage(deps));
  for (const path of ['/:lang/donor', '/:lang/donor/*']) {
    app.use(path, async (c, next) => {
      await next();
      // Someone's own gifts, receipts and tokens: no cache, shared or private, keeps them.
      c.header('Cache-Control', PERSONAL);
    });
    // A cross-site form post is refused before any handler runs; the session's token is the
    // second lock on every signed-in form.
    app.use(path, csrf({ origin: new URL(deps.publicUrl).origin }));
  }
  app.route('/', donorLinkRoutes(deps));
  app.route('/', donorSpaceRoutes(deps));
  app.route('/', donorMonthlyRoutes(deps));
  app.route('/', donorStatementRoutes(deps));
  return app;
}
