import type { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { staffRoutes } from '../staff';

/**
 * The signed-in part of the site, served by its own function (functions/staff.ts) so that
 * passkeys, image re-encoding, Markdown editing and charts never load to serve a public page.
 * Its paths are `STAFF_PREFIXES` (prefixes.ts, from which stacks/api.ts routes them here): a
 * feature for signed-in people under a path of its own (a donor space) mounts here and adds
 * its prefix there.
 */
export function mountStaff(app: Hono, deps: AppDeps): void {
  app.route('/staff', staffRoutes(deps));
}
