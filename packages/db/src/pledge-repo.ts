import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, Pledge } from '@haven/core';
import type { Db } from './client';
import { conditionalWrite } from './conditional';
import { keys } from './keys';

export async function createPledge(db: Db, pledge: Pledge): Promise<void> {
  const item = Pledge.parse(pledge);
  await conditionalWrite(
    () =>
      db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: { ...keys.pledge(item.id), type: 'pledge', ...item },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    `pledge ${item.id} already exists`,
  );
}

/** Strongly consistent: fulfilment decides on what it reads here. */
export async function findPledge(db: Db, id: string): Promise<Pledge | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.pledge(id), ConsistentRead: true }),
  );
  return Item ? Pledge.parse(Item) : undefined;
}

export async function getPledge(db: Db, id: string): Promise<Pledge> {
  const pledge = await findPledge(db, id);
  if (!pledge) throw new NotFoundError(`pledge ${id} not found`);
  return pledge;
}

/** Links the Checkout session to a pledge that is still waiting for it. */
export async function attachCheckoutSession(
  db: Db,
  pledgeId: string,
  sessionId: string,
  now: Date,
): Promise<void> {
  await conditionalWrite(
    () =>
      db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: keys.pledge(pledgeId),
          UpdateExpression: 'SET checkoutSessionId = :session, updatedAt = :now',
          ConditionExpression: '#status = :pending AND attribute_not_exists(checkoutSessionId)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':session': sessionId,
            ':now': now.toISOString(),
            ':pending': 'pending',
          },
        }),
      ),
    `pledge ${pledgeId} is not waiting for a checkout session`,
  );
}
