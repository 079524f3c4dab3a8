import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** True when DynamoDB cancelled a transaction because item `index`'s condition did not hold. */
export const isTransactionConditionFailed = (error: unknown, index: number): boolean =>
  error instanceof TransactionCanceledException &&
  error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';
