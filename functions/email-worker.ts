import { loadConfig, MailConfig } from '@haven/config';
import { outboxDepsFromConfig, sendOutboxItem } from '@haven/outbox';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

const deps = outboxDepsFromConfig(loadConfig(MailConfig));

/**
 * Woken by the table's stream when an outbox item is written. An item that could not be sent
 * is reported as a batch item failure, so Lambda retries it (and, in the end, parks it in the
 * dead-letter queue, which raises an alarm); the scheduled sweep retries it on its backoff too.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const pk = record.dynamodb?.Keys?.pk?.S;
    if (!pk?.startsWith('OUTBOX#')) continue;
    try {
      const result = await sendOutboxItem(deps, pk.slice('OUTBOX#'.length));
      if (result === 'retry')
        batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    } catch {
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
}
