import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { planReceiptNumber, receiptYear, TemporarilyUnavailableError } from '@haven/core';
import type { Db } from './client';
import { keys } from './keys';
import { getOrganisation } from './org-repo';
import { getPayment } from './payment-repo';

const MAX_ATTEMPTS = 20;

/**
 * Gives a payment its receipt number, once: when the receipt is issued (the outbox worker), not
 * when the payment is recorded, because the organisation's counter is the one key every payment
 * shares. The counter and the payment move in one transaction, each under a condition (the
 * counter is still where it was read; the payment has no number yet), so numbers run without
 * gaps or repeats however many workers issue receipts at once; a loser reads again and retries.
 * Returns the payment's number, whoever gave it.
 */
export async function assignReceiptNumber(
  db: Db,
  pledgeId: string,
  invoiceId?: string,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const payment = await getPayment(db, pledgeId, invoiceId);
    if (payment.receiptNumber) return payment.receiptNumber;
    const year = receiptYear(payment);
    const [org, counter] = await Promise.all([
      getOrganisation(db, payment.orgSlug),
      db.doc.send(
        new GetCommand({
          TableName: db.tableName,
          Key: keys.receiptSequence(payment.orgSlug, year),
          ConsistentRead: true,
        }),
      ),
    ]);
    const last = typeof counter.Item?.last === 'number' ? counter.Item.last : 0;
    const plan = planReceiptNumber({ payment, org, counter: { year, last } });
    if (plan.write === 'nothing') return plan.receiptNumber;
    const { sequence } = plan;
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: db.tableName,
                Key: keys.receiptSequence(sequence.orgSlug, sequence.year),
                UpdateExpression: 'SET #last = :next',
                // Only the one who read `last` may take `next`: no gap, no number twice.
                ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : '#last = :last',
                ExpressionAttributeNames: { '#last': 'last' },
                ExpressionAttributeValues: {
                  ':next': sequence.next,
                  ...(last === 0 ? {} : { ':last': last }),
                },
              },
            },
            {
              Update: {
                TableName: db.tableName,
                Key: keys.payment(plan.pledgeId, payment.invoiceId),
                UpdateExpression: 'SET receiptNumber = :number',
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(receiptNumber)',
                ExpressionAttributeValues: { ':number': plan.receiptNumber },
              },
            },
          ],
        }),
      );
      return plan.receiptNumber;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      // Another worker numbered a receipt first (or this one): read again.
      if (attempt >= MAX_ATTEMPTS) {
        throw new TemporarilyUnavailableError('receipt counter contended', { cause: error });
      }
      await sleep(Math.random() * Math.min(500, 10 * 2 ** attempt));
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
