import type { Db } from './client';
import { keys, receiptYearFromKey } from './keys';
import { queryItems } from './query';

/**
 * An organisation's receipt counters, the last number issued by year (one strongly consistent
 * Query on its partition). The receipt's issue (assignReceiptNumber) takes the next number; this only reads.
 */
export async function listReceiptCounters(db: Db, org: string): Promise<Map<number, number>> {
  const { pk, skPrefix } = keys.receiptSequences(org);
  const counters = new Map<number, number>();
  const items = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :sk)',
    ExpressionAttributeValues: { ':pk': pk, ':sk': skPrefix },
    ConsistentRead: true,
  });
  for await (const item of items) {
    const year = receiptYearFromKey(item.sk);
    if (year !== undefined && typeof item.last === 'number') counters.set(year, item.last);
  }
  return counters;
}
