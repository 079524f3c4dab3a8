import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, Pledge } from '@haven/core';
import type { Db } from './client';
import { conditionalWrite } from './conditional';
import { keys, partitions } from './keys';
import { queryItems } from './query';

export async function createPledge(db: Db, pledge: Pledge): Promise<void> {
  const item = Pledge.parse(pledge);
  await conditionalWrite(
    () =>
      db.doc.send(
        new PutCommand({
          TableName: db.tableName,
          Item: {
            ...keys.pledge(item.id),
            ...keys.openPledge(item.createdAt, item.id),
            type: 'pledge',
            ...item,
          },
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

/**
 * Pledges created before `before` that Stripe has not settled (paid, failed or expired) yet.
 * Checkout sessions expire within a day, so one still open after that missed its last event.
 */
export async function listOpenPledges(db: Db, before: Date): Promise<Pledge[]> {
  const pledges: Pledge[] = [];
  const items = queryItems(db, {
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :open AND gsi2sk < :before',
    ExpressionAttributeValues: {
      ':open': partitions.openPledges(),
      ':before': before.toISOString(),
    },
  });
  for await (const item of items) pledges.push(Pledge.parse(item));
  return pledges;
}
