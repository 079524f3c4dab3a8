import { type MediaStore, putObject, unguessableId } from './media-store';
import { prepareImage } from './prepare-image';
import { MEDIA_PATH_PREFIX } from './read';
import { CONTENT_TYPES, EXTENSIONS } from './sniff';

export type StoredCover = { key: string; path: string; width: number; height: number };

/**
 * Checks, re-encodes and stores a campaign cover for an organisation, under a key with the
 * organisation in it and an unguessable name. The result's `path` is what a campaign's
 * `coverImage` holds. Bad images are a ValidationError (see prepareImage) and store nothing.
 */
export async function storeCover(
  store: MediaStore,
  scope: { orgSlug: string },
  upload: Uint8Array,
): Promise<StoredCover> {
  const image = await prepareImage(upload);
  const key = `covers/${scope.orgSlug}/${unguessableId()}.${EXTENSIONS[image.format]}`;
  await putObject(store, { key, bytes: image.bytes, contentType: CONTENT_TYPES[image.format] });
  return { key, path: `${MEDIA_PATH_PREFIX}${key}`, width: image.width, height: image.height };
}
