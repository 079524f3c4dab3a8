import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { NotFoundError, Payment } from '@haven/core';
import type { Db } from './client';
import { keys } from './keys';
import { queryItems } from './query';

/** A one-time gift's payment, or with `invoiceId` one instalment of a monthly gift. */
export async function findPayment(
  db: Db,
  pledgeId: string,
  invoiceId?: string,
): Promise<Payment | undefined> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.payment(pledgeId, invoiceId),
      ConsistentRead: true,
    }),
  );
  return Item ? Payment.parse(Item) : undefined;
}

export async function getPayment(db: Db, pledgeId: string, invoiceId?: string): Promise<Payment> {
  const payment = await findPayment(db, pledgeId, invoiceId);
  if (!payment) throw new NotFoundError(`payment for ${pledgeId} not found`);
  return payment;
}

/** Every payment of a pledge (a monthly gift's instalments), oldest first. */
export async function listPledgePayments(db: Db, pledgeId: string): Promise<Payment[]> {
  const { pk, skPrefix } = keys.paymentsOfPledge(pledgeId);
  const payments: Payment[] = [];
  const items = queryItems(db, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
    ConsistentRead: true,
  });
  for await (const item of items) payments.push(Payment.parse(item));
  return payments.sort((a, b) => a.paidAt.localeCompare(b.paidAt));
}
