import {
  type MoneyAccount,
  NotFoundError,
  type Payments,
  planDisputeReinstatement,
  planDisputeWithdrawal,
  type StripeDisputeState,
} from '@haven/core';
import { type Db, findLedgerEntry, markDisputeLost } from '@haven/db';
import { bookOnce } from './book-money';
import { paymentOfCharge } from './payment-of-charge';
import type { MoneyEffect } from './refund-events';

/**
 * Every `charge.dispute.*` event: reads the dispute as Stripe has it now and books what its
 * balance transactions show (the withdrawal, then the reinstatement of a won dispute), each once;
 * a lost dispute only marks the payment. The events' order does not matter. With Connect,
 * `account` is the event's: the dispute is read there, and only its organisation's payment moves.
 */
export async function bookDispute(
  deps: { db: Db; payments: Pick<Payments, 'gateway'> },
  disputeId: string,
  account?: MoneyAccount,
): Promise<MoneyEffect> {
  const { gateway } = deps.payments;
  let dispute: StripeDisputeState;
  try {
    dispute = await gateway.getDispute(disputeId, account?.accountId);
  } catch (error) {
    // Not on this account (or gone): nothing of ours to book.
    if (error instanceof NotFoundError) return 'not_ours';
    throw error;
  }
  const owner = await paymentOfCharge({ db: deps.db, gateway }, dispute.chargeId, account);
  if (owner.found === 'nothing') return 'not_ours';
  if (owner.found === 'pledge_only') return 'payment_not_recorded';
  const pledgeId = owner.payment.pledgeId;
  const [withdrawn, reinstated] = dispute.movements;
  let booked = false;
  if (withdrawn) {
    const result = await bookOnce(
      deps.db,
      pledgeId,
      `dispute_withdrawal:${dispute.id}`,
      (payment) =>
        planDisputeWithdrawal(payment, {
          disputeId: dispute.id,
          amount: dispute.amount,
          created: withdrawn.created,
          movement: withdrawn,
        }),
    );
    booked ||= result === 'booked';
  }
  if (reinstated) {
    const withdrawal = await findLedgerEntry(
      deps.db,
      owner.payment,
      `dispute_withdrawal:${dispute.id}`,
    );
    if (withdrawal) {
      const result = await bookOnce(
        deps.db,
        pledgeId,
        `dispute_reinstatement:${dispute.id}`,
        (payment) =>
          planDisputeReinstatement(payment, withdrawal, {
            disputeId: dispute.id,
            amount: dispute.amount,
            created: reinstated.created,
            movement: reinstated,
          }),
      );
      booked ||= result === 'booked';
    }
  }
  if (dispute.status === 'lost' && owner.payment.disputeStatus !== 'lost') {
    await markDisputeLost(deps.db, pledgeId);
    booked = true;
  }
  return booked ? 'booked' : 'nothing_new';
}
