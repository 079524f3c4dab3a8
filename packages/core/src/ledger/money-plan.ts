import type { Payment } from '../payment';
import { bookDisputeReinstatement, bookDisputeWithdrawal, bookRefund, type Movement } from './book';
import { campaignDeltas } from './campaign-effect';
import type { LedgerEntry } from './entry';

/**
 * What a refund or a dispute's movement writes beside its entry, in one transaction: the
 * payment's running figures (under a condition on what they were, so two refunds of one payment
 * never both book against the same "before"), the campaign's totals and, for a refund, the
 * donor's email.
 */
export type MoneyPlan = {
  entry: LedgerEntry;
  payment: {
    pledgeId: string;
    refundedBefore: number;
    disputedBefore: number;
    refunded: number;
    disputed: number;
    disputeStatus?: 'open' | 'won' | 'lost';
  };
  totals: {
    orgSlug: string;
    campaignSlug: string;
    currency: string;
    amount: number;
    supporters: number;
  };
  email?: {
    outboxId: string;
    kind: 'refund';
    pledgeId: string;
    refundId: string;
    amount: number;
    dueAt: string;
  };
};

export type StripeRefund = { id: string; amount: number; created: string; movement: Movement };

const takenOf = (payment: Payment) => payment.refunded + (payment.disputed ?? 0);
const charged = (payment: Payment) => payment.gift + payment.feeCover;

function totalsOf(payment: Payment, entry: LedgerEntry, supporters: number) {
  const amount = campaignDeltas(entry)
    .filter((delta) => delta.currency === payment.currency)
    .reduce((sum, delta) => sum + delta.amount, 0);
  return {
    orgSlug: payment.orgSlug,
    campaignSlug: payment.campaignSlug,
    currency: payment.currency,
    amount,
    supporters,
  };
}

/** A refund: booked, added to the payment's refunded amount, taken off the campaign, told. */
export function planRefund(payment: Payment, refund: StripeRefund, now: Date): MoneyPlan {
  const entry = bookRefund({
    payment,
    refundId: refund.id,
    amount: refund.amount,
    takenBefore: takenOf(payment),
    createdAt: refund.created,
    movement: refund.movement,
  });
  const refunded = payment.refunded + refund.amount;
  // A supporter who got everything back no longer counts among the campaign's supporters.
  const supporters = payment.refunded < charged(payment) && refunded >= charged(payment) ? -1 : 0;
  return {
    entry,
    payment: {
      pledgeId: payment.pledgeId,
      refundedBefore: payment.refunded,
      disputedBefore: payment.disputed ?? 0,
      refunded,
      disputed: payment.disputed ?? 0,
    },
    totals: totalsOf(payment, entry, supporters),
    email: {
      outboxId: `refund_${refund.id}`,
      kind: 'refund',
      pledgeId: payment.pledgeId,
      refundId: refund.id,
      amount: refund.amount,
      dueAt: now.toISOString(),
    },
  };
}

export type StripeDisputeMovement = {
  disputeId: string;
  amount: number;
  created: string;
  movement: Movement;
};

/** A dispute's withdrawal: the disputed amount leaves the campaign while the bank decides. */
export function planDisputeWithdrawal(payment: Payment, input: StripeDisputeMovement): MoneyPlan {
  const entry = bookDisputeWithdrawal({
    payment,
    disputeId: input.disputeId,
    amount: input.amount,
    takenBefore: takenOf(payment),
    createdAt: input.created,
    movement: input.movement,
  });
  const disputed = (payment.disputed ?? 0) + input.amount;
  return {
    entry,
    payment: {
      pledgeId: payment.pledgeId,
      refundedBefore: payment.refunded,
      disputedBefore: payment.disputed ?? 0,
      refunded: payment.refunded,
      disputed,
      disputeStatus: 'open',
    },
    totals: totalsOf(payment, entry, 0),
  };
}

/** A won dispute's reinstatement: the withdrawal turned over, the campaign made whole. */
export function planDisputeReinstatement(
  payment: Payment,
  withdrawal: LedgerEntry,
  input: StripeDisputeMovement,
): MoneyPlan {
  const entry = bookDisputeReinstatement({
    payment,
    withdrawal,
    createdAt: input.created,
    movement: input.movement,
  });
  return {
    entry,
    payment: {
      pledgeId: payment.pledgeId,
      refundedBefore: payment.refunded,
      disputedBefore: payment.disputed ?? 0,
      refunded: payment.refunded,
      disputed: Math.max(0, (payment.disputed ?? 0) - input.amount),
      disputeStatus: 'won',
    },
    totals: totalsOf(payment, entry, 0),
  };
}
