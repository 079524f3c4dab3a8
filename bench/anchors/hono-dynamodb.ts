/** Anchor: Hono with the DynamoDB document client doing one GetItem, as the page function does. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

const doc = DynamoDBDocumentClient.from(
  new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT }),
);
const app = new Hono().get('/:id', async (c) => {
  const found = await doc.send(
    new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: c.req.param('id'), sk: 'x' } }),
  );
  return c.json(found.Item ?? {});
});
export const handler = handle(app);
