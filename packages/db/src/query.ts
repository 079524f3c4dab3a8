import { paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client';

/**
 * Every item a Query matches, page after page, as they arrive: a caller can stream a large
 * result (an export, a reconciliation) without holding it all.
 */
export async function* queryItems(
  db: Db,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): AsyncGenerator<Record<string, unknown>> {
  const pages = paginateQuery({ client: db.doc }, { ...input, TableName: db.tableName });
  for await (const page of pages) yield* page.Items ?? [];
}
