import type { Statement } from '../access';
import { type App, isPersistentStage, physicalName } from '../platform';

/**
 * The uploads bucket (campaign covers), SST's Bucket component: private (every public access
 * block on, no CloudFront or public statement), HTTPS only (the component's deny on insecure
 * transport), ACLs disabled (bucket-owner-enforced ownership: no object can be made public by
 * an ACL), encrypted at rest with S3's keys, and kept on `sst remove` in persistent stages.
 * Nobody reads it directly: the app serves each image itself with headers that run nothing.
 */
export function createUploadsBucket(app: App): sst.aws.Bucket {
  const persistent = isPersistentStage(app.stage);
  const bucket = new sst.aws.Bucket('Uploads', {
    transform: {
      bucket: (args, opts) => {
        args.bucket = physicalName(app, 'uploads');
        args.forceDestroy = !persistent;
        opts.retainOnDelete = persistent;
      },
      publicAccessBlock: (args) => {
        args.blockPublicAcls = true;
        args.blockPublicPolicy = true;
        args.ignorePublicAcls = true;
        args.restrictPublicBuckets = true;
      },
    },
  });
  new aws.s3.BucketOwnershipControls('UploadsOwnership', {
    bucket: bucket.name,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });
  new aws.s3.BucketServerSideEncryptionConfiguration('UploadsEncryption', {
    bucket: bucket.name,
    rules: [
      { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' }, bucketKeyEnabled: true },
    ],
  });
  return bucket;
}

/** What the page function may do: get the covers and logos it serves, nothing else. */
export const readUploadStatements = (bucketArn: string): Statement[] => [
  { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`${bucketArn}/covers/*`] },
];

/** What the staff function may do: put the covers and logos it re-encoded, nothing else. */
export const writeUploadStatements = (bucketArn: string): Statement[] => [
  { Effect: 'Allow', Action: ['s3:PutObject'], Resource: [`${bucketArn}/covers/*`] },
];
