import { ValidationError } from '@haven/core';
import type Sharp from 'sharp';

/**
 * sharp loads libvips (tens of MB of native code): only an upload needs it, so it is imported on
 * the first one, never on a page's cold start in the function that also serves the site.
 */
let sharpModule: Promise<typeof Sharp> | undefined;
const loadSharp = () => {
  sharpModule ??= import('sharp').then((module) => module.default);
  return sharpModule;
};

import { type ImageFormat, sniffImageFormat } from './sniff';

/** The largest upload taken, in bytes: a phone's photo fits, a video renamed .jpg does not. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/**
 * The most pixels decoded: a small file can claim a huge canvas (a decompression bomb);
 * sharp refuses before allocating it. 40 megapixels covers any phone camera.
 */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Covers are shown at most 1200 px wide; twice that serves sharp screens. */
export const MAX_OUTPUT_WIDTH = 2400;

export type ImageProblem =
  | 'empty'
  | 'too_large'
  | 'unsupported_type'
  | 'too_many_pixels'
  | 'unreadable';

export type PreparedImage = { bytes: Buffer; format: ImageFormat; width: number; height: number };

const refuse = (problem: ImageProblem, cause?: unknown): never => {
  const error = new ValidationError(`image refused: ${problem}`, [
    { path: 'image', message: problem },
  ]);
  if (cause !== undefined) error.cause = cause;
  throw error;
};

/**
 * An uploaded image made safe to publish: checked by its bytes (JPEG, PNG or WebP only), its
 * size and its pixel count, then decoded and encoded again. Re-encoding writes only pixels:
 * EXIF (a photo's GPS position, camera serial, date), XMP, IPTC, ICC comments and anything
 * appended to the file (a polyglot's second life as HTML or a ZIP) are gone. The orientation
 * EXIF asked for is applied to the pixels first, so the photo still stands upright.
 */
export async function prepareImage(input: Uint8Array): Promise<PreparedImage> {
  if (input.byteLength === 0) refuse('empty');
  if (input.byteLength > MAX_UPLOAD_BYTES) refuse('too_large');
  const format = sniffImageFormat(input);
  if (!format) return refuse('unsupported_type');
  const sharp = await loadSharp();
  // The header alone first (libvips reads no pixels for metadata), to name a bomb as such.
  const metadata = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch((error: unknown) => refuse('unreadable', error));
  // The decoder must agree with the magic numbers: a JPEG header on something else is refused.
  if (metadata.format !== format) refuse('unsupported_type');
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_INPUT_PIXELS) refuse('too_many_pixels');
  const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  const pipeline = image.rotate().resize({ width: MAX_OUTPUT_WIDTH, withoutEnlargement: true });
  const encoded =
    format === 'jpeg'
      ? pipeline.jpeg({ quality: 82, mozjpeg: true })
      : format === 'png'
        ? pipeline.png({ compressionLevel: 9 })
        : pipeline.webp({ quality: 82 });
  const { data, info } = await encoded
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => refuse('unreadable', error));
  return { bytes: data, format, width: info.width, height: info.height };
}
