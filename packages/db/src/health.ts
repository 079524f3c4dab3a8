import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';
import { keys } from './keys';

/**
 * How long readiness waits: a load balancer or a person asking "is it up?" wants an answer in a
 * second or two, not after the client's full budget of retries.
 */
export const HEALTH_TIMEOUT_MS = 1_500;

/**
 * Resolves when the table answers a strongly consistent read (of a key that needn't exist)
 * within `timeoutMs`, rejects when it does not: the service's readiness.
 */
export async function pingTable(db: Db, timeoutMs = HEALTH_TIMEOUT_MS): Promise<void> {
  await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.health(), ConsistentRead: true }),
    { abortSignal: AbortSignal.timeout(timeoutMs) },
  );
}

/**
 * Resolves when DynamoDB answers any request, whether or not the table exists yet: for waiting
 * on a DynamoDB Local that is still starting.
 */
export async function pingEndpoint(db: Db): Promise<void> {
  await db.client.send(new ListTablesCommand({}));
}
