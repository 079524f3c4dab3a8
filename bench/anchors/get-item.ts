/** Anchor: GetItem through the bare DynamoDB document client, nothing around it. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

export function rawGetItem(endpoint: string, tableName: string) {
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint,
      region: 'eu-central-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  );
  return async (key: Record<string, string>) => {
    const found = await doc.send(new GetCommand({ TableName: tableName, Key: key }));
    if (!found.Item) throw new Error('the item to read is missing');
  };
}
