import type * as Aws from '@pulumi/aws';
import type * as Pulumi from '@pulumi/pulumi';
import type { Statement } from './access';
import type { HavenFunction } from './functions';
import type { Platform } from './platform';

/** Only new outbox items wake the worker; its own "sent" update must not re-trigger it. */
export const outboxFilter = {
  eventName: ['INSERT'],
  dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } },
};

/** What the worker's role needs to be driven by the stream. */
export function outboxStreamStatements(
  pulumi: typeof Pulumi,
  table: Aws.dynamodb.Table,
): Statement[] {
  return [
    {
      Effect: 'Allow',
      Action: [
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
      ],
      Resource: [pulumi.interpolate`${table.arn}/stream/*`],
    },
  ];
}

/**
 * The table stream drives the email worker. A failing record is retried; `bisect` and
 * partial batch responses keep one bad email from holding back the others. After the last
 * retry the batch's stream coordinates go to the dead-letter queue (its alarm pages someone);
 * the outbox item itself stays unsent in the table, so nothing is lost.
 */
export function connectOutbox(
  { aws }: Platform,
  table: Aws.dynamodb.Table,
  worker: HavenFunction,
  deadLetters: Aws.sqs.Queue,
): Aws.lambda.EventSourceMapping {
  return new aws.lambda.EventSourceMapping('OutboxStream', {
    eventSourceArn: table.streamArn,
    functionName: worker.fn.arn,
    startingPosition: 'TRIM_HORIZON',
    batchSize: 10,
    maximumBatchingWindowInSeconds: 1,
    maximumRetryAttempts: 8,
    maximumRecordAgeInSeconds: 6 * 60 * 60,
    bisectBatchOnFunctionError: true,
    functionResponseTypes: ['ReportBatchItemFailures'],
    filterCriteria: { filters: [{ pattern: JSON.stringify(outboxFilter) }] },
    destinationConfig: { onFailure: { destinationArn: deadLetters.arn } },
  });
}
