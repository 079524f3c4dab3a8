import { loadConfig, MailConfig } from '@haven/config';
import { outboxIdFromStreamKeys } from '@haven/db';
import { outboxDepsFromConfig, sendOutboxItem } from '@haven/outbox';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

const deps = outboxDepsFromConfig(loadConfig(MailConfig));

/**
 * Woken by the table's stream when an outbox item is written, so a receipt leaves within
 * seconds. An item that could not be sent has its next attempt written into the item (backoff)
 * and is retried by the scheduled sweep; a record whose handling threw is reported as a batch
 * item failure, so Lambda retries it and in the end parks it in the dead-letter queue (alarm).
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const outboxId = outboxIdFromStreamKeys(record.dynamodb?.Keys);
    if (!outboxId) continue;
    try {
      await sendOutboxItem(deps, outboxId);
    } catch {
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
}
