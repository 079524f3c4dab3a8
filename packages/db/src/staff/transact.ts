import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '@haven/core';
import type { Db } from '../client';

export type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

/** One all-or-nothing write; a failed condition on any item is a ConflictError. */
export async function transact(db: Db, items: TransactItem[], conflict: string): Promise<void> {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const refused =
      error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
    if (refused) throw new ConflictError(conflict, { cause: error });
    throw error;
  }
}
