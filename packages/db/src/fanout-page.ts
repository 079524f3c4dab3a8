import * as z from 'zod';
import type { Db } from './client';
import { keys } from './keys';
import type { TransactItem } from './staff/transact';

/** Where a fan-out's Query stopped: DynamoDB's LastEvaluatedKey (string attributes only). */
export const FanoutCursor = z.record(z.string(), z.string());
export type FanoutCursor = z.infer<typeof FanoutCursor>;

/**
 * Moves a fan-out item on by one page, in the transaction that queues the page: conditioned on
 * the page it read, so two runs that read the same page cannot both queue it; the cursor saved
 * is where the next page starts (none once the last is queued).
 */
export function fanoutPageAdvance(
  db: Db,
  item: { id: string; pages: number },
  next: FanoutCursor | undefined,
): TransactItem {
  return {
    Update: {
      TableName: db.tableName,
      Key: keys.outbox(item.id),
      UpdateExpression: next
        ? 'SET pages = :next, #cursor = :cursor'
        : 'SET pages = :next REMOVE #cursor',
      ConditionExpression: 'pages = :pages',
      ExpressionAttributeNames: { '#cursor': 'cursor' },
      ExpressionAttributeValues: {
        ':pages': item.pages,
        ':next': item.pages + 1,
        ...(next ? { ':cursor': next } : {}),
      },
    },
  };
}
