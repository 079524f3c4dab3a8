import {
  NotConfiguredError,
  type Payments,
  planRefund,
  type StaffScope,
  ValidationError,
} from '@haven/core';
import { auditStaffRefund, type Db, findScopedPayment, getOrganisation } from '@haven/db';
import { bookOnce } from './book-money';

export type RefundReason = 'duplicate' | 'fraudulent' | 'requested_by_customer';

/**
 * A refund finance staff issue from the service: checked against what is left of the gift, made
 * at Stripe under an idempotency key from the form (a double submit refunds once), booked at once
 * from Stripe's answer under the refund's own entry key (so its webhook, whether it arrives
 * before or after, finds it booked), and written in the audit log. With Connect the gift was a
 * direct charge on its organisation's own account, so the refund is made there.
 */
export async function refundPayment(
  deps: { db: Db; payments: Pick<Payments, 'gateway' | 'connect'>; now: Date },
  scope: StaffScope,
  input: { pledgeId: string; amount: number; reason: RefundReason; formId: string },
): Promise<'refunded' | 'not_found'> {
  const payment = await findScopedPayment(deps.db, scope, input.pledgeId);
  if (!payment) return 'not_found';
  const left = payment.gift + payment.feeCover - payment.refunded - (payment.disputed ?? 0);
  if (input.amount <= 0 || input.amount > left) {
    throw new ValidationError('refund amount exceeds what is left', [
      { path: 'amount', message: 'too_large' },
    ]);
  }
  const account = deps.payments.connect
    ? (await getOrganisation(deps.db, payment.orgSlug)).stripeAccount?.accountId
    : undefined;
  // With Connect the charge is on the organisation's account: without one (disconnected since)
  // Stripe cannot be asked, and the platform's own account would answer "no such charge".
  if (deps.payments.connect && !account) {
    throw new NotConfiguredError('the organisation has no connected Stripe account');
  }
  const refund = await deps.payments.gateway.createRefund({
    chargeId: payment.chargeId,
    amount: input.amount,
    reason: input.reason,
    idempotencyKey: `staff-refund-${payment.pledgeId}-${input.formId}`,
    account,
  });
  const movement = refund.movement;
  if (refund.status === 'succeeded' && movement) {
    await bookOnce(deps.db, payment.pledgeId, `refund:${refund.id}`, (current) =>
      planRefund(current, { ...refund, movement }, deps.now),
    );
  }
  await auditStaffRefund(
    deps.db,
    scope,
    {
      pledgeId: payment.pledgeId,
      refundId: refund.id,
      amount: refund.amount,
      currency: payment.currency,
      reason: input.reason,
    },
    deps.now,
  );
  return 'refunded';
}
