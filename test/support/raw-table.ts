import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  paginateScan,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Db } from '@haven/db';

/**
 * DynamoDB spoken directly, around the repositories, and only by tests: corrupting an item on
 * purpose to prove a check catches it, and listing every key to prove nothing was written.
 * The service never does either, so these are not repository functions; this is the one test
 * file the lint rule lets import the AWS SDK (biome.json).
 */
type Key = { pk: string; sk: string };

/** Applies `update` to the item at `key` as it is, and answers the item after it. */
export async function updateItem(
  db: Db,
  key: Key,
  update: {
    expression: string;
    names?: Record<string, string>;
    values?: Record<string, unknown>;
  },
): Promise<Record<string, unknown> | undefined> {
  const { Attributes } = await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: key,
      UpdateExpression: update.expression,
      ExpressionAttributeNames: update.names,
      ExpressionAttributeValues: update.values,
      ReturnValues: 'ALL_NEW',
    }),
  );
  return Attributes;
}

/** The item at `key` as it is stored, read consistently. */
export async function getItem(db: Db, key: Key): Promise<Record<string, unknown> | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }),
  );
  return Item;
}

export async function deleteItem(db: Db, key: Key): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: key }));
}

/** Every item in the table, by key: what "nothing was written" is checked against. */
export async function tableKeys(db: Db): Promise<string[]> {
  const keys: string[] = [];
  const pages = paginateScan(
    { client: db.doc },
    { TableName: db.tableName, ProjectionExpression: 'pk, sk' },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) keys.push(`${item.pk} ${item.sk}`);
  }
  return keys.sort();
}

/** Every item in the table, whole: what "no personal data is left anywhere" is checked against. */
export async function allItems(db: Db): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const pages = paginateScan({ client: db.doc }, { TableName: db.tableName });
  for await (const page of pages) items.push(...(page.Items ?? []));
  return items;
}

/**
 * Writes many ready-made items fast (BatchWriteItem, 25 a request, a few requests at once),
 * retrying what DynamoDB leaves unprocessed: how a test or benchmark fills a table with 100 000
 * payments in seconds rather than through 100 000 fulfilment transactions.
 */
export async function batchPutItems(
  db: Db,
  items: Iterable<Record<string, unknown>>,
  parallel = 8,
): Promise<void> {
  const batches: Record<string, unknown>[][] = [[]];
  for (const item of items) {
    const last = batches[batches.length - 1];
    if (last && last.length < 25) last.push(item);
    else batches.push([item]);
  }
  const write = async (batch: Record<string, unknown>[]) => {
    let requests = batch.map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const answer = await db.doc.send(
        new BatchWriteCommand({ RequestItems: { [db.tableName]: requests } }),
      );
      requests = (answer.UnprocessedItems?.[db.tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      if (batch && batch.length > 0) await write(batch);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
