import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';

/**
 * The exports bucket: private, encrypted, emptied by a lifecycle rule after a few days. The
 * client is made on first use (as @haven/media's stores are), so a cold start that serves no
 * export never loads it; nor the S3 client's commands, the uploader or the presigner (~120 KB),
 * imported here on first use: a staff page that lists exports loads none of them.
 */
export type ExportStore = { s3: () => Promise<S3Client>; bucket: string };

/** How long a download link works: enough to click it, too short to be worth forwarding. */
export const EXPORT_LINK_SECONDS = 5 * 60;

/**
 * Writes a CSV stream to the bucket as a multipart upload (5 MB parts, one or two in flight),
 * so a file of any size passes through in constant memory. Answers the bytes written.
 */
export async function uploadExport(store: ExportStore, key: string, body: Readable): Promise<void> {
  const { Upload } = await import('@aws-sdk/lib-storage');
  const upload = new Upload({
    client: await store.s3(),
    params: {
      Bucket: store.bucket,
      Key: key,
      Body: body,
      ContentType: 'text/csv; charset=utf-8',
      CacheControl: 'private, no-store',
    },
    queueSize: 2,
    partSize: 5 * 1024 * 1024,
  });
  await upload.done();
}

/**
 * A short-lived signed GET of an export, answered as an attachment under `filename`: the link
 * is the only way to the object, and it stops working after `EXPORT_LINK_SECONDS`.
 */
export async function exportLink(
  store: ExportStore,
  key: string,
  filename: string,
): Promise<string> {
  const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([
    import('@aws-sdk/client-s3'),
    import('@aws-sdk/s3-request-presigner'),
  ]);
  return getSignedUrl(
    await store.s3(),
    new GetObjectCommand({
      Bucket: store.bucket,
      Key: key,
      ResponseContentDisposition: `attachment; filename="${filename}"`,
      ResponseContentType: 'text/csv; charset=utf-8',
      ResponseCacheControl: 'private, no-store',
    }),
    { expiresIn: EXPORT_LINK_SECONDS },
  );
}
