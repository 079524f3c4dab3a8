import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { ConflictError } from '@haven/core';

/** True when DynamoDB refused a single write because its condition did not hold. */
export const isConditionFailed = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException;

/** Runs a conditional write, turning DynamoDB's condition failure into a typed ConflictError. */
export async function conditionalWrite<T>(write: () => Promise<T>, conflict: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isConditionFailed(error)) {
      throw new ConflictError(conflict, { cause: error });
    }
    throw error;
  }
}

/**
 * Runs a TransactWriteItems whose conditions guard an invariant, turning a cancellation for a
 * failed condition into a ConflictError; any other cancellation (a conflicting transaction,
 * throttling) is left to the caller as it is.
 */
export async function conditionalTransaction<T>(
  write: () => Promise<T>,
  conflict: string,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (
      error instanceof TransactionCanceledException &&
      (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed')
    ) {
      throw new ConflictError(conflict, { cause: error });
    }
    throw error;
  }
}
