import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { asUnavailable } from './transient';

export type Db = {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
};

/**
 * How long a request may wait on DynamoDB. A frozen or unreachable database must fail fast enough
 * that the shortest Lambda (10 s, pages) answers 503 itself: 3 attempts of at most 1 s to connect
 * and 2.5 s without an answer, with the SDK's backoff between them, stay under 9 s. DynamoDB's
 * own latency is single-digit milliseconds, so these only ever cut a request that was lost.
 */
export const DB_TIMEOUTS = { connectionTimeout: 1_000, requestTimeout: 2_500, maxAttempts: 3 };

/**
 * DynamoDB Local is one Java process on a laptop or a CI runner shared with the tests: under a
 * burst it answers in seconds, not milliseconds. Still bounded, so a frozen one fails requests.
 */
export const LOCAL_DB_TIMEOUTS = { ...DB_TIMEOUTS, requestTimeout: 15_000 };

/** With an endpoint (DynamoDB Local) the credentials are placeholders the emulator ignores. */
export function createDb(options: {
  tableName: string;
  endpoint?: string;
  region?: string;
  timeouts?: Partial<typeof DB_TIMEOUTS>;
}): Db {
  const timeouts = {
    ...(options.endpoint ? LOCAL_DB_TIMEOUTS : DB_TIMEOUTS),
    ...options.timeouts,
  };
  const client = new DynamoDBClient({
    region: options.region ?? 'eu-central-1',
    maxAttempts: timeouts.maxAttempts,
    requestHandler: {
      connectionTimeout: timeouts.connectionTimeout,
      requestTimeout: timeouts.requestTimeout,
      // Without it the handler only logs a warning when requestTimeout passes, and waits on.
      throwOnRequestTimeout: true,
    },
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  // Outermost, so it sees what is left once the SDK's own retries are spent.
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw asUnavailable(error);
      }
    },
    { step: 'initialize', name: 'havenTransientErrors', priority: 'high' },
  );
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, doc, tableName: options.tableName };
}

/** The table named by the validated configuration (DynamoDB Local when it gives an endpoint). */
export const dbFromConfig = (config: {
  TABLE_NAME: string;
  DYNAMODB_ENDPOINT?: string | undefined;
  AWS_REGION: string;
}): Db =>
  createDb({
    tableName: config.TABLE_NAME,
    endpoint: config.DYNAMODB_ENDPOINT,
    region: config.AWS_REGION,
  });
