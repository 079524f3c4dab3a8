import { randomBytes } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';

/**
 * The S3 client and its commands are loaded on first use: the page function serves media
 * rarely (a year-long immutable cache in front), so its cold start does not load the S3 SDK.
 */
const loadS3 = () => import('@aws-sdk/client-s3');

export type MediaStore = { s3: () => Promise<S3Client>; bucket: string };

/**
 * The uploads bucket. With an endpoint (the local S3-compatible server) requests are
 * path-style and the credentials placeholders the local server ignores.
 */
export function createMediaStore(options: {
  bucket: string;
  endpoint?: string | undefined;
  region?: string | undefined;
}): MediaStore {
  let client: Promise<S3Client> | undefined;
  const s3 = () => {
    client ??= loadS3().then(({ S3Client }) => makeClient(S3Client, options));
    return client;
  };
  return { s3, bucket: options.bucket };
}

function makeClient(
  S3: typeof S3Client,
  options: { endpoint?: string | undefined; region?: string | undefined },
): S3Client {
  return new S3({
    region: options.region ?? 'eu-central-1',
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          forcePathStyle: true,
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        }
      : {}),
  });
}

/** Creates the bucket when missing: the local stack's and the tests' (AWS's comes from the stacks). */
export async function ensureBucket(store: MediaStore): Promise<void> {
  const [s3, { HeadBucketCommand, CreateBucketCommand }] = await Promise.all([
    store.s3(),
    loadS3(),
  ]);
  try {
    await s3.send(new HeadBucketCommand({ Bucket: store.bucket }));
  } catch {
    await s3.send(new CreateBucketCommand({ Bucket: store.bucket }));
  }
}

/** 24 random bytes, base64url: a key nobody can guess or enumerate. */
export const unguessableId = (): string => randomBytes(24).toString('base64url');

export async function putObject(
  store: MediaStore,
  object: { key: string; bytes: Uint8Array; contentType: string },
): Promise<void> {
  const [s3, { PutObjectCommand }] = await Promise.all([store.s3(), loadS3()]);
  await s3.send(
    new PutObjectCommand({
      Bucket: store.bucket,
      Key: object.key,
      Body: object.bytes,
      ContentType: object.contentType,
      // A key is never reused for other bytes, so the object never changes.
      CacheControl: 'public, max-age=31536000, immutable',
    }),
  );
}

/** The object's bytes, or undefined when there is no such key. */
export async function getObjectBytes(
  store: MediaStore,
  key: string,
): Promise<Uint8Array | undefined> {
  const [s3, { GetObjectCommand, NoSuchKey }] = await Promise.all([store.s3(), loadS3()]);
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: store.bucket, Key: key }));
    return object.Body ? await object.Body.transformToByteArray() : undefined;
  } catch (error) {
    if (error instanceof NoSuchKey) return undefined;
    throw error;
  }
}
