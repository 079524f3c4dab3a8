import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { planReceiptNumber, receiptYear, TemporarilyUnavailableError } from '@haven/core';
import type { Db } from './client';
import { keys } from './keys';
import { getOrganisation } from './org-repo';
import { getPayment } from './payment-repo';
import { assignReceiptNumber } from './receipt-issue';

const MAX_ATTEMPTS = 20;

export type ReceiptChange = { refundId: string; voided: string; reissued?: string };

/**
 * What a refund does to the gift's receipt, once per refund: a full refund voids it; a partial
 * one voids it and issues the next number of the same tax year for what the donor kept, the
 * history keeping which replaced which. The counter moves under the same conditions as a first
 * issue (no gap, no number twice); a retried email finds its change already made and shows it.
 */
export async function reissueReceiptForRefund(
  db: Db,
  pledgeId: string,
  refundId: string,
): Promise<ReceiptChange> {
  await assignReceiptNumber(db, pledgeId);
  for (let attempt = 1; ; attempt++) {
    const payment = await getPayment(db, pledgeId);
    const done = payment.receiptHistory?.find((change) => change.refundId === refundId);
    if (done) return done;
    const current = payment.receiptNumber ?? '';
    const full = payment.refunded >= payment.gift + payment.feeCover;
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
    const plan = full
      ? undefined
      : planReceiptNumber({
          payment: { ...payment, receiptNumber: undefined },
          org,
          counter: { year, last },
        });
    const change: ReceiptChange =
      plan?.write === 'number'
        ? { refundId, voided: current, reissued: plan.receiptNumber }
        : { refundId, voided: current };
    const paymentUpdate = {
      Update: {
        TableName: db.tableName,
        Key: keys.payment(pledgeId),
        UpdateExpression: change.reissued
          ? 'SET receiptNumber = :new, receiptHistory = list_append(if_not_exists(receiptHistory, :none), :change)'
          : 'SET receiptVoided = :true, receiptHistory = list_append(if_not_exists(receiptHistory, :none), :change)',
        // Still the receipt read above: another refund's change did not slip in between.
        ConditionExpression: 'receiptNumber = :current',
        ExpressionAttributeValues: {
          ':current': current,
          ':none': [],
          ':change': [change],
          ...(change.reissued ? { ':new': change.reissued } : { ':true': true }),
        },
      },
    };
    const counterUpdate =
      plan?.write === 'number'
        ? [
            {
              Update: {
                TableName: db.tableName,
                Key: keys.receiptSequence(plan.sequence.orgSlug, plan.sequence.year),
                UpdateExpression: 'SET #last = :next',
                ConditionExpression: last === 0 ? 'attribute_not_exists(pk)' : '#last = :last',
                ExpressionAttributeNames: { '#last': 'last' },
                ExpressionAttributeValues: {
                  ':next': plan.sequence.next,
                  ...(last === 0 ? {} : { ':last': last }),
                },
              },
            },
          ]
        : [];
    try {
      await db.doc.send(
        new TransactWriteCommand({ TransactItems: [...counterUpdate, paymentUpdate] }),
      );
      return change;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new TemporarilyUnavailableError('receipt counter contended', { cause: error });
      }
      await sleep(Math.random() * Math.min(500, 10 * 2 ** attempt));
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
