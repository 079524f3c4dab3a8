import { outboxFilter } from '../outbox';

/**
 * The table stream drives the email worker (SST's Dynamo subscriber, given the worker by ARN
 * so it keeps its own role). A failing record is retried; `bisect` and partial batch responses
 * keep one bad email from holding back the others. After the last retry the batch's stream
 * coordinates go to the dead-letter queue (its alarm pages someone); the outbox item itself
 * stays unsent in the table, so nothing is lost.
 */
export function connectOutbox(
  table: sst.aws.Dynamo,
  worker: sst.aws.Function,
  deadLetters: sst.aws.Queue,
): void {
  table.subscribe('OutboxStream', worker.arn, {
    filters: [outboxFilter],
    transform: {
      eventSourceMapping: {
        startingPosition: 'TRIM_HORIZON',
        batchSize: 10,
        maximumBatchingWindowInSeconds: 1,
        maximumRetryAttempts: 8,
        maximumRecordAgeInSeconds: 6 * 60 * 60,
        bisectBatchOnFunctionError: true,
        functionResponseTypes: ['ReportBatchItemFailures'],
        destinationConfig: { onFailure: { destinationArn: deadLetters.arn } },
      },
    },
  });
}
