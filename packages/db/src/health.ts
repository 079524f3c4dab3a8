import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';
import { keys } from './keys';

/**
 * Resolves when the table answers a strongly consistent read (of a key that needn't exist),
 * rejects when it does not: the service's readiness.
 */
export async function pingTable(db: Db): Promise<void> {
  await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.health(), ConsistentRead: true }),
  );
}

/**
 * Resolves when DynamoDB answers any request, whether or not the table exists yet: for waiting
 * on a DynamoDB Local that is still starting.
 */
export async function pingEndpoint(db: Db): Promise<void> {
  await db.client.send(new ListTablesCommand({}));
}
