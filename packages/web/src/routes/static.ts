import { Hono } from 'hono';
import { IMMUTABLE, PUBLIC } from '../cache-policy';
import { findAsset } from '../static/assets';

/**
 * Static assets are built into the bundle. Pages link them by fingerprinted name (see
 * static/assets.ts), cached for a year as immutable; a plain name is cached like a page.
 */
export function staticRoutes() {
  const app = new Hono();
  app.get('/*', (c) => {
    const found = findAsset(c.req.path.replace(/^\/static\//, ''));
    if (!found) return c.notFound();
    c.header('Cache-Control', found.fingerprinted ? IMMUTABLE : PUBLIC);
    return c.body(found.asset.body, 200, { 'Content-Type': found.asset.contentType });
  });
  return app;
}
