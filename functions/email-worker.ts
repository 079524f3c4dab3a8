import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { loadConfig, MailConfig } from '@haven/config';
import { outboxIdFromStreamKeys } from '@haven/db';
import { errorFields, logger, withLogContext } from '@haven/log';
import { outboxDepsFromConfig, sendOutboxItem } from '@haven/outbox';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';

const deps = outboxDepsFromConfig(loadConfig(MailConfig));
const processor = new BatchProcessor(EventType.DynamoDBStreams);

/** Sends the outbox item a stream record is about; every other record of the table is passed over. */
async function sendRecord(record: DynamoDBRecord): Promise<void> {
  const outboxId = outboxIdFromStreamKeys(record.dynamodb?.Keys);
  if (!outboxId) return;
  try {
    await sendOutboxItem(deps, outboxId);
  } catch (error) {
    logger.error('outbox record failed', { outboxId, ...errorFields(error) });
    throw error;
  }
}

/**
 * Woken by the table's stream when an outbox item is written, so a receipt leaves within
 * seconds. An item that could not be sent has its next attempt written into the item (backoff)
 * and is retried by the scheduled sweep; a record whose handling threw is reported as a batch
 * item failure, so Lambda retries it and in the end parks it in the dead-letter queue (alarm).
 * A batch whose every record failed is reported the same way rather than thrown.
 */
export const handler = withLogContext((event: DynamoDBStreamEvent, context) =>
  processPartialResponse(event, sendRecord, processor, {
    context,
    throwOnFullBatchFailure: false,
    // One record after the other, as before: a burst of receipts stays within Resend's rate.
    processInParallel: false,
  }),
);
