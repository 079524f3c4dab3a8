import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
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
