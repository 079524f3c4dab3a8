import { TemporarilyUnavailableError } from '@haven/core';

/** DynamoDB's answers that mean "not now": throttled, a conflicting transaction, its own trouble. */
const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'TransactionInProgressException',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'AbortError',
]);

/** Node's socket errors: the database could not be reached or hung up. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const field = (error: object, name: string): unknown =>
  name in error ? Reflect.get(error, name) : undefined;

/** True for a failure the same request may not meet a moment later. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (TRANSIENT_NAMES.has(error.name)) return true;
  const code = field(error, 'code');
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  const metadata = field(error, '$metadata');
  const status =
    metadata && typeof metadata === 'object' ? field(metadata, 'httpStatusCode') : undefined;
  return typeof status === 'number' && status >= 500;
}

/** A transient SDK failure as the domain's TemporarilyUnavailableError; anything else as it was. */
export const asUnavailable = (error: unknown): unknown =>
  isTransient(error)
    ? new TemporarilyUnavailableError(
        `database unavailable (${error instanceof Error ? error.name : 'unknown'})`,
        { cause: error },
      )
    : error;
