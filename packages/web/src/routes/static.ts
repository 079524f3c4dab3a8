import { Hono } from 'hono';
import { appCss } from '../static/app-css';
import { covers } from '../static/covers';

/** Static assets are built into the bundle; a day of caching is plenty for a handful of bytes. */
export function staticRoutes() {
  const app = new Hono();
  app.get('/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(appCss, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/covers/:name', (c) => {
    const svg = covers.get(c.req.param('name'));
    if (!svg) return c.notFound();
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml' });
  });
  return app;
}
