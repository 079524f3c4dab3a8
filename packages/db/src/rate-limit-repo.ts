import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';
import { isConditionFailed } from './conditional';
import { keys } from './keys';

/**
 * Counts one hit in a fixed window and answers whether it is within `max`. One conditional ADD
 * on one item, so the count holds across every Lambda instance; a refused hit writes nothing.
 * The item expires (TTL) a window after its window ends, so counters never pile up.
 */
export async function hitRateLimit(
  db: Db,
  input: { scope: string; subject: string; max: number; windowSeconds: number; now: Date },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const nowSeconds = Math.floor(input.now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % input.windowSeconds);
  const windowEnd = windowStart + input.windowSeconds;
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.rateWindow(input.scope, input.subject, windowStart),
        UpdateExpression: 'ADD hits :one SET expiresAt = :expires',
        ConditionExpression: 'attribute_not_exists(hits) OR hits < :max',
        ExpressionAttributeValues: {
          ':one': 1,
          ':max': input.max,
          ':expires': windowEnd + input.windowSeconds,
        },
      }),
    );
    return { allowed: true, retryAfterSeconds: 0 };
  } catch (error) {
    if (isConditionFailed(error)) {
      return { allowed: false, retryAfterSeconds: windowEnd - nowSeconds };
    }
    throw error;
  }
}
