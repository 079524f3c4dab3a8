import type { Context } from 'hono';

/**
 * Whether a request came from a page of another site, by what the browser says: Fetch
 * Metadata (`Sec-Fetch-Site`) when it sends it, else `Origin`. A request with neither is not
 * from a browser page (a server-side integration, curl) and is not cross-site in this sense.
 * Reusable by any route that must only be posted to from our own pages.
 */
export function isCrossSite(c: Context, publicUrl: string): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = c.req.header('origin');
  if (!origin) return false;
  return origin !== new URL(publicUrl).origin;
}
