import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';

/** BatchGetItem's most keys per request. */
const MAX_KEYS = 100;

/**
 * The items at `keys` that exist, read consistently: chunks of BatchGetItem's 100 keys read at
 * once, each asking again for the keys DynamoDB left unprocessed until none is left. In no order.
 */
export async function getItems(
  db: Db,
  keys: readonly Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const chunks = Array.from({ length: Math.ceil(keys.length / MAX_KEYS) }, (_, i) =>
    keys.slice(i * MAX_KEYS, (i + 1) * MAX_KEYS),
  );
  const read = async (wanted: Record<string, unknown>[]) => {
    const found: Record<string, unknown>[] = [];
    let pending = wanted;
    while (pending.length > 0) {
      const answer = await db.doc.send(
        new BatchGetCommand({
          RequestItems: { [db.tableName]: { Keys: pending, ConsistentRead: true } },
        }),
      );
      found.push(...(answer.Responses?.[db.tableName] ?? []));
      pending = answer.UnprocessedKeys?.[db.tableName]?.Keys ?? [];
    }
    return found;
  };
  return (await Promise.all(chunks.map(read))).flat();
}
