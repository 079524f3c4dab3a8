import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Payment, StaffScope } from '@haven/core';
import type { Db } from './client';
import type { OrgScope } from './org-scope';
import { findPayment } from './payment-repo';
import { auditPut } from './staff/audit-repo';

/** A payment of the scope's organisation; another organisation's is simply not found. */
export async function findScopedPayment(
  db: Db,
  scope: OrgScope,
  pledgeId: string,
): Promise<Payment | undefined> {
  const payment = await findPayment(db, pledgeId);
  return payment?.orgSlug === scope.orgSlug ? payment : undefined;
}

/** The audit entry of a refund a member issued: ids and amounts, never the donor's data. */
export async function auditStaffRefund(
  db: Db,
  scope: StaffScope,
  refund: { pledgeId: string; refundId: string; amount: number; currency: string; reason: string },
  now: Date,
): Promise<void> {
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        auditPut(
          db,
          scope,
          {
            action: 'payment.refunded',
            subject: refund.pledgeId,
            after: {
              refundId: refund.refundId,
              amount: refund.amount,
              currency: refund.currency,
              reason: refund.reason,
            },
          },
          now,
        ),
      ],
    }),
  );
}
