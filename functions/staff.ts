import { loadConfig, StaffConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { withLogContext } from '@haven/log';
import { createMediaStore } from '@haven/media';
// The staff pages alone: passkeys, uploads, the editors and charts stay out of the page function.
import { createStaffApp } from '@haven/web/staff';
import { handle } from 'hono/aws-lambda';

const config = loadConfig(StaffConfig);
const db = dbFromConfig(config);
const media = config.UPLOADS_BUCKET
  ? createMediaStore({
      bucket: config.UPLOADS_BUCKET,
      endpoint: config.S3_ENDPOINT,
      region: config.AWS_REGION,
    })
  : undefined;
// Exports above a response's size are prepared by the export worker into this bucket; the
// staff pages list them and sign short-lived links to them.
const exportStore = config.EXPORTS_BUCKET
  ? createMediaStore({
      bucket: config.EXPORTS_BUCKET,
      endpoint: config.S3_ENDPOINT,
      region: config.AWS_REGION,
    })
  : undefined;

/** ANY /staff and /staff/{proxy+}: sign-in, members, settings, campaigns, covers and logos. */
export const handler = withLogContext(
  handle(
    createStaffApp({
      db,
      publicUrl: config.PUBLIC_URL,
      now: () => new Date(),
      ...(media ? { media } : {}),
      ...(exportStore ? { exports: { store: exportStore } } : {}),
    }),
  ),
);
