import { type LocalStack, startLocalStack } from '@haven/local';
import { MEDIA_PATH_PREFIX, readMedia, storeCover } from '@haven/media';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

let stack: LocalStack;

beforeAll(async () => {
  // As `npm start` composes it, with its own local S3 server and bucket.
  stack = await startLocalStack({
    port: 0,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: `uploads-${Date.now()}`,
    stripeEmulatorPort: 0,
    env: { LOG_LEVEL: 'silent' },
  });
});
afterAll(() => stack?.stop());

it('starts a local S3 server with the uploads bucket, where a cover is stored and read back', async () => {
  expect(stack.s3Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const photo = await sharp({
    create: { width: 40, height: 30, channels: 3, background: '#264' },
  })
    .jpeg()
    .toBuffer();
  const cover = await storeCover(stack.media, { orgSlug: 'mpm' }, photo);
  const served = await readMedia(stack.media, cover.path.slice(MEDIA_PATH_PREFIX.length));
  expect(served.headers['Content-Type']).toBe('image/jpeg');
  expect((await sharp(Buffer.from(served.body)).metadata()).width).toBe(40);
});
