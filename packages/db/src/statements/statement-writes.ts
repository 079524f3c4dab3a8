import type { Db } from '../client';
import { keys } from '../keys';
import type { TransactItem } from '../staff/transact';

/** A new pending outbox item's own fields, due at `at`. */
export const outboxFields = (id: string, at: string) => ({
  ...keys.outbox(id),
  ...keys.outboxDue('pending', at, id),
  type: 'outbox',
  id,
  status: 'pending',
  attempts: 0,
  dueAt: at,
  createdAt: at,
});

/** A Put that only creates: the item must not exist yet. */
export const putNew = (db: Db, Item: Record<string, unknown>): TransactItem => ({
  Put: { TableName: db.tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' },
});
