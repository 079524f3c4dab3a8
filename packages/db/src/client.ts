import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type Db = {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
};

/** With an endpoint (DynamoDB Local) the credentials are placeholders the emulator ignores. */
export function createDb(options: { tableName: string; endpoint?: string; region?: string }): Db {
  const client = new DynamoDBClient({
    region: options.region ?? 'eu-central-1',
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
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
