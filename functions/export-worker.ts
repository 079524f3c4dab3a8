import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { ExportWorkerConfig, loadConfig } from '@haven/config';
import { dbFromConfig, exportIdFromStreamKeys } from '@haven/db';
import { runExportJob } from '@haven/exports';
import { withLogContext } from '@haven/log';
import { createMediaStore } from '@haven/media';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

const config = loadConfig(ExportWorkerConfig);
const deps = {
  db: dbFromConfig(config),
  store: createMediaStore({
    bucket: config.EXPORTS_BUCKET,
    endpoint: config.S3_ENDPOINT,
    region: config.AWS_REGION,
  }),
  now: () => new Date(),
};
const processor = new BatchProcessor(EventType.DynamoDBStreams);

/** Prepares the export a stream record is about; every other record is passed over. */
async function prepare(record: DynamoDBRecord): Promise<void> {
  const exportId = exportIdFromStreamKeys(record.dynamodb?.Keys);
  if (exportId) await runExportJob(deps, exportId);
}

/**
 * Woken by the table's stream when a finance member asks for an export too large for one
 * response: streams it from a paged Query into the exports bucket. A job that fails is marked
 * failed (the exports page says so, the member asks again); a redelivered record finds the
 * job no longer pending and does nothing.
 */
export const handler = withLogContext((event: DynamoDBStreamEvent, context) =>
  processPartialResponse(event, prepare, processor, { context, throwOnFullBatchFailure: false }),
);
