import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, Payment } from '@haven/core';
import type { Db } from './client';
import { keys } from './keys';

export async function findPayment(db: Db, pledgeId: string): Promise<Payment | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.payment(pledgeId), ConsistentRead: true }),
  );
  return Item ? Payment.parse(Item) : undefined;
}

export async function getPayment(db: Db, pledgeId: string): Promise<Payment> {
  const payment = await findPayment(db, pledgeId);
  if (!payment) throw new NotFoundError(`payment for ${pledgeId} not found`);
  return payment;
}
