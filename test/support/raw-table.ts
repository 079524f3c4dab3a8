import { DeleteCommand, paginateScan, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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
    values: Record<string, unknown>;
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
