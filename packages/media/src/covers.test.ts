import { crc32, deflateSync } from 'node:zlib';
import { NotFoundError, ValidationError } from '@haven/core';
import { Hono } from 'hono';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createTestMediaStore } from '../../../test/support/media';
import { storeCover } from './covers';
import { MAX_UPLOAD_BYTES } from './prepare-image';
import { MEDIA_PATH_PREFIX, readMedia } from './read';

const store = await createTestMediaStore();
const mpm = { orgSlug: 'mpm' };

/** Serves media as the app's route will: the rest of the path after /media/ is the key. */
const app = new Hono().get('/media/*', async (c) => {
  try {
    const { body, headers } = await readMedia(store, c.req.path.slice(MEDIA_PATH_PREFIX.length));
    return c.body(new Uint8Array(body), 200, headers);
  } catch (error) {
    if (error instanceof NotFoundError) return c.notFound();
    throw error;
  }
});

const canvas = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#c33' } });

/** A phone photo: EXIF with the GPS position of where it was taken (Geneva). */
const photoWithGps = () =>
  canvas()
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Field team', Make: 'PhoneCo' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '46/1 12/1 30/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '6/1 8/1 0/1',
      },
    })
    .toBuffer();

/** The GPS IFD pointer tag (0x8825), in either byte order EXIF may use. */
const hasGpsTag = (exif: Buffer | undefined) =>
  exif !== undefined &&
  (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));

const problemOf = async (upload: Uint8Array) => {
  const error = await storeCover(store, mpm, upload).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error instanceof ValidationError ? error.issues[0]?.message : undefined;
};

describe('a cover upload', () => {
  it('is served without its EXIF and GPS position, under an unguessable key of its organisation', async () => {
    const photo = await photoWithGps();
    expect(hasGpsTag((await sharp(photo).metadata()).exif)).toBe(true);

    const cover = await storeCover(store, mpm, photo);
    expect(cover.path).toMatch(/^\/media\/covers\/mpm\/[A-Za-z0-9_-]{32}\.jpg$/);
    const response = await app.request(cover.path);
    expect(response.status).toBe(200);
    const served = Buffer.from(await response.arrayBuffer());
    const metadata = await sharp(served).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(served.includes(Buffer.from('PhoneCo'))).toBe(false);
    expect(served.includes(Buffer.from('Field team'))).toBe(false);
  });

  it('is answered with a fixed type, no sniffing, nothing that runs, and cached for good', async () => {
    const cover = await storeCover(store, mpm, await canvas().png().toBuffer());
    const response = await app.request(cover.path);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  it('takes JPEG, PNG and WebP, and keeps each in its format', async () => {
    const webp = await storeCover(store, mpm, await canvas().webp().toBuffer());
    expect(webp.path).toMatch(/\.webp$/);
    const response = await app.request(webp.path);
    expect(response.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).format).toBe('webp');
  });

  it('neutralises a polyglot: what follows the image (an HTML page) is not served', async () => {
    const html = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const polyglot = Buffer.concat([await canvas().jpeg().toBuffer(), html]);
    const cover = await storeCover(store, mpm, polyglot);
    const served = Buffer.from(await (await app.request(cover.path)).arrayBuffer());
    expect(served.includes(Buffer.from('<script'))).toBe(false);
  });

  it('refuses an SVG, whatever it is called', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    expect(await problemOf(svg)).toBe('unsupported_type');
  });

  it('refuses an HTML page renamed .jpg, and a JPEG header on something else', async () => {
    expect(await problemOf(Buffer.from('<!doctype html><p>hello</p>'))).toBe('unsupported_type');
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<html>')]);
    expect(await problemOf(fake)).toBe('unreadable');
  });

  it('refuses an upload over the size limit before decoding it', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await problemOf(big)).toBe('too_large');
    expect(await problemOf(new Uint8Array())).toBe('empty');
  });

  it('refuses a decompression bomb: a tiny file claiming a huge canvas', async () => {
    const bomb = pngClaiming(50_000, 50_000);
    expect(bomb.byteLength).toBeLessThan(1_000);
    expect(await problemOf(bomb)).toBe('too_many_pixels');
  });

  it('serves nothing for a key it did not write, another bucket path or a traversal', async () => {
    for (const path of [
      '/media/covers/mpm/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.jpg',
      '/media/covers/mpm/../../secrets.txt',
      '/media/other/file.jpg',
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});

/** A valid PNG header (correct CRCs) for a width × height greyscale image, with one row of data. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
