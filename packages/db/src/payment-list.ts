import type { Db } from './client';
import { partitions, pledgeIdFromKey } from './keys';
import { queryItems } from './query';

/**
 * Every payment item of an organisation by date (its GSI1 list, paged through, never a Scan),
 * unparsed and with only `attributes` read, so a reader of figures never loads a donor's
 * personal data. Each comes with the pledge id from its key, so an item whose attributes do
 * not parse can still be named.
 */
export async function* listPaymentItems(
  db: Db,
  org: string,
  attributes: readonly string[],
): AsyncGenerator<{ pledgeId: string | undefined; item: Record<string, unknown> }> {
  const names = ['pk', ...attributes];
  const items = queryItems(db, {
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': partitions.paymentsByDate(org) },
    ProjectionExpression: names.map((_, i) => `#a${i}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
  });
  for await (const { pk, ...item } of items) yield { pledgeId: pledgeIdFromKey(pk), item };
}
