import { randomUUID } from 'node:crypto';
import { createMediaStore, ensureBucket, type MediaStore } from '@haven/media';
import { inject } from 'vitest';

/** A fresh bucket in the run's local S3, so test files never see each other's uploads. */
export async function createTestMediaStore(): Promise<MediaStore> {
  const store = createMediaStore({
    bucket: `test-${randomUUID()}`,
    endpoint: inject('s3Endpoint'),
  });
  await ensureBucket(store);
  return store;
}
