import type { Statement } from '../access';
import { exportFilter } from '../exports';
import { type App, physicalName } from '../platform';

/** Days a prepared export is kept: core's EXPORT_KEEP_DAYS, the job item's TTL, says the same. */
const KEEP_DAYS = 3;

/**
 * The exports bucket: finance files too large for one response. Private (every public access
 * block on, ACLs disabled), HTTPS only, encrypted at rest, and emptied by a lifecycle rule a
 * few days after each file is written: these files hold donors' names and addresses, and are
 * fetched once through a five-minute signed link. Nothing in it is worth keeping, so it goes
 * with the stage even in production.
 */
export function createExportsBucket(app: App): sst.aws.Bucket {
  const bucket = new sst.aws.Bucket('Exports', {
    lifecycle: [{ id: 'expire-exports', expiresIn: `${KEEP_DAYS} days` }],
    transform: {
      bucket: (args) => {
        args.bucket = physicalName(app, 'exports');
        args.forceDestroy = true;
      },
      publicAccessBlock: (args) => {
        args.blockPublicAcls = true;
        args.blockPublicPolicy = true;
        args.ignorePublicAcls = true;
        args.restrictPublicBuckets = true;
      },
    },
  });
  new aws.s3.BucketOwnershipControls('ExportsOwnership', {
    bucket: bucket.name,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });
  new aws.s3.BucketServerSideEncryptionConfiguration('ExportsEncryption', {
    bucket: bucket.name,
    rules: [
      { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' }, bucketKeyEnabled: true },
    ],
  });
  return bucket;
}

/** The HTTP function signs download links: the signature is worth what its role may read. */
export const exportReadStatements = (bucketArn: string): Statement[] => [
  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`${bucketArn}/exports/*`] },
];

/** The worker writes files (a multipart upload, aborted on failure), and reads nothing. */
export const exportWriteStatements = (bucketArn: string): Statement[] => [
  {
    Effect: 'Allow',
    Action: ['s3:PutObject', 's3:AbortMultipartUpload'],
    Resource: [`${bucketArn}/exports/*`],
  },
];

/**
 * The table stream drives the export worker, as it drives the email worker: a failing record
 * is retried, then its coordinates go to the dead-letter queue (alarm). A job that fails in the
 * worker's own code is marked failed on the exports page instead, so it is not retried.
 */
export function connectExports(
  table: sst.aws.Dynamo,
  worker: sst.aws.Function,
  deadLetters: sst.aws.Queue,
): void {
  table.subscribe('ExportStream', worker.arn, {
    filters: [exportFilter],
    transform: {
      eventSourceMapping: {
        startingPosition: 'TRIM_HORIZON',
        batchSize: 1,
        maximumRetryAttempts: 2,
        maximumRecordAgeInSeconds: 60 * 60,
        functionResponseTypes: ['ReportBatchItemFailures'],
        destinationConfig: { onFailure: { destinationArn: deadLetters.arn } },
      },
    },
  });
}
