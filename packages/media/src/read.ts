import { NotFoundError } from '@haven/core';
import { getObjectBytes, type MediaStore } from './media-store';
import { CONTENT_TYPES, type ImageFormat } from './sniff';

/**
 * Serving media, apart from storing it (covers.ts): the page function imports this alone
 * (`@haven/media/read`), so it never bundles sharp, which only the staff function's uploads load.
 */
export { createMediaStore, type MediaStore } from './media-store';

/** Where public pages find media: `/media/<key>`; the route reads `key` from the rest of the path. */
export const MEDIA_PATH_PREFIX = '/media/';

const COVER_KEY = /^covers\/([a-z0-9][a-z0-9-]{1,62}[a-z0-9])\/[A-Za-z0-9_-]{32}\.(jpg|png|webp)$/;
const FORMAT_OF_EXTENSION: Record<string, ImageFormat> = { jpg: 'jpeg', png: 'png', webp: 'webp' };

/**
 * The headers every media answer carries. The type is fixed by the key's extension, never
 * taken from storage; nosniff stops a browser guessing otherwise; the CSP and sandbox mean that
 * even opened on its own, nothing in the answer can run.
 */
export const mediaHeaders = (format: ImageFormat): Record<string, string> => ({
  'Content-Type': CONTENT_TYPES[format],
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'public, max-age=31536000, immutable',
  'Cross-Origin-Resource-Policy': 'same-site',
  'Content-Disposition': 'inline',
});

export type MediaAnswer = { body: Uint8Array; headers: Record<string, string> };

/**
 * A stored medium for a route to send as it is: `key` is the path after `/media/`. A key that
 * is not one this package writes is not looked up at all (no traversal, no other objects).
 */
export async function readMedia(store: MediaStore, key: string): Promise<MediaAnswer> {
  const match = COVER_KEY.exec(key);
  const format = FORMAT_OF_EXTENSION[match?.[2] ?? ''];
  if (!match || !format) throw new NotFoundError('no such medium');
  const body = await getObjectBytes(store, key);
  if (!body) throw new NotFoundError('no such medium');
  return { body, headers: mediaHeaders(format) };
}
