import { MEDIA_PATH_PREFIX, readMedia } from '@haven/media/read';
import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { notFound } from './page-paths';

/**
 * Uploaded covers and logos, public and immutable (a key is never reused). `readMedia` looks up
 * only keys the media package writes and fixes the headers: nothing served here can run.
 */
export function mediaRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get(`${MEDIA_PATH_PREFIX}*`, async (c) => {
    if (!deps.media) return notFound(c, deps);
    const media = await readMedia(deps.media, c.req.path.slice(MEDIA_PATH_PREFIX.length));
    return c.body(new Uint8Array(media.body), 200, media.headers);
  });
  return app;
}
