import type { Payment } from '../payment';
import type { LedgerEntry, LedgerLine } from './entry';

/**
 * A Stripe balance transaction's figures, in the account's settlement currency, signed as Stripe
 * signs them: money in positive, out negative; `net = amount - fee`.
 */
export type Movement = {
  balanceTransactionId?: string | undefined;
  amount: number;
  fee: number;
  net: number;
  currency: string;
};

/** The payment fields booking needs: a stored payment has them all. */
export type BookedPayment = Pick<
  Payment,
  | 'orgSlug'
  | 'pledgeId'
  | 'campaignSlug'
  | 'currency'
  | 'gift'
  | 'feeCover'
  | 'gross'
  | 'fee'
  | 'net'
  | 'settlementCurrency'
  | 'paidAt'
  | 'chargeId'
  | 'paymentIntentId'
>;

/** Integer share of `total` in the ratio part/whole, rounded half away from zero. */
const share = (total: number, part: number, whole: number): number =>
  whole === 0 ? 0 : Math.sign(total * part) * Math.round(Math.abs(total * part) / whole);

/**
 * How much of the gift (not the fee cover) `taken` of the charge stands for, cumulatively: each
 * refund or dispute books the difference between before and after, so several partial refunds
 * add up to exactly the gift when the whole charge is returned.
 */
export const giftPart = (payment: Pick<Payment, 'gift' | 'feeCover'>, taken: number): number =>
  share(taken, payment.gift, payment.gift + payment.feeCover);

/**
 * Every entry from a balance transaction has the same frame: the Stripe balance moves by net,
 * the fee goes to a fee account, and the counter lines take the amount.
 */
function frame(
  movement: Movement,
  feeAccount: 'processing_fees' | 'dispute_fees',
  counter: LedgerLine[],
): LedgerLine[] {
  const lines: LedgerLine[] = [{ account: 'stripe_balance', amount: movement.net }];
  if (movement.fee !== 0) lines.push({ account: feeAccount, amount: movement.fee });
  return [
    ...lines,
    ...counter.filter((line) => line.amount !== 0 || (line.original?.amount ?? 0) !== 0),
  ];
}

/**
 * The counter lines for an amount that belongs to a payment: split between the campaign's account
 * and the fee cover in the ratio of what the donor gave, both in the settlement currency, with
 * the gift currency's amounts beside them. `settled` is the signed settlement amount to spread
 * (lines get its negation); `giftAmount` and `coverAmount` are the gift-currency parts.
 */
function campaignLines(
  payment: BookedPayment,
  account: 'donation_income' | 'refunds' | 'disputes',
  settled: number,
  giftAmount: number,
  coverAmount: number,
): LedgerLine[] {
  const settledGift = share(settled, giftAmount, giftAmount + coverAmount);
  const lines: LedgerLine[] = [
    {
      account,
      amount: -settledGift,
      campaignSlug: payment.campaignSlug,
      original: { amount: -Math.sign(settled) * giftAmount, currency: payment.currency },
    },
  ];
  if (coverAmount !== 0) {
    lines.push({
      account: 'fee_cover',
      amount: -(settled - settledGift),
      original: { amount: -Math.sign(settled) * coverAmount, currency: payment.currency },
    });
  }
  return lines;
}

const source = (payment: BookedPayment, stripeId: string, movement?: Movement) => ({
  stripeId,
  chargeId: payment.chargeId,
  paymentIntentId: payment.paymentIntentId,
  pledgeId: payment.pledgeId,
  ...(movement?.balanceTransactionId
    ? { balanceTransactionId: movement.balanceTransactionId }
    : {}),
});

/** A payment: the net to the Stripe balance, the fee to processing fees, the gift to income. */
export function bookPayment(payment: BookedPayment): LedgerEntry {
  const movement: Movement = {
    amount: payment.gross,
    fee: payment.fee,
    net: payment.net,
    currency: payment.settlementCurrency,
  };
  return {
    orgSlug: payment.orgSlug,
    key: `payment:${payment.chargeId}`,
    kind: 'payment',
    bookedAt: payment.paidAt,
    currency: payment.settlementCurrency,
    lines: frame(
      movement,
      'processing_fees',
      campaignLines(payment, 'donation_income', payment.gross, payment.gift, payment.feeCover),
    ),
    source: source(payment, payment.chargeId),
  };
}

/**
 * A refund of `amount` (in the gift's currency) of a payment that had `takenBefore` refunded or
 * disputed already. The contra-income account takes the gift's share, the fee cover the rest.
 */
export function bookRefund(input: {
  payment: BookedPayment;
  refundId: string;
  amount: number;
  takenBefore: number;
  createdAt: string;
  movement: Movement;
}): LedgerEntry {
  const { payment, movement } = input;
  const giftAmount =
    giftPart(payment, input.takenBefore + input.amount) - giftPart(payment, input.takenBefore);
  return {
    orgSlug: payment.orgSlug,
    key: `refund:${input.refundId}`,
    kind: 'refund',
    bookedAt: input.createdAt,
    currency: movement.currency.toUpperCase(),
    lines: frame(
      movement,
      'processing_fees',
      campaignLines(payment, 'refunds', movement.amount, giftAmount, input.amount - giftAmount),
    ),
    source: source(payment, input.refundId, movement),
  };
}

/** Funds a dispute took from the balance (the disputed amount and Stripe's dispute fee). */
export function bookDisputeWithdrawal(input: {
  payment: BookedPayment;
  disputeId: string;
  amount: number;
  takenBefore: number;
  createdAt: string;
  movement: Movement;
}): LedgerEntry {
  const { payment, movement } = input;
  const giftAmount =
    giftPart(payment, input.takenBefore + input.amount) - giftPart(payment, input.takenBefore);
  return {
    orgSlug: payment.orgSlug,
    key: `dispute_withdrawal:${input.disputeId}`,
    kind: 'dispute_withdrawal',
    bookedAt: input.createdAt,
    currency: movement.currency.toUpperCase(),
    lines: frame(
      movement,
      'dispute_fees',
      campaignLines(payment, 'disputes', movement.amount, giftAmount, input.amount - giftAmount),
    ),
    source: source(payment, input.disputeId, movement),
  };
}

/**
 * A won dispute: the funds come back. The campaign's share is the withdrawal's, turned over, so
 * the campaign ends where it was before the dispute.
 */
export function bookDisputeReinstatement(input: {
  payment: BookedPayment;
  withdrawal: LedgerEntry;
  createdAt: string;
  movement: Movement;
}): LedgerEntry {
  const { payment, withdrawal, movement } = input;
  const disputed = withdrawal.lines.find((line) => line.account === 'disputes');
  const cover = withdrawal.lines.find((line) => line.account === 'fee_cover');
  const giftAmount = disputed?.original?.amount ?? 0;
  const coverAmount = cover?.original?.amount ?? 0;
  return {
    orgSlug: payment.orgSlug,
    key: `dispute_reinstatement:${withdrawal.source.stripeId}`,
    kind: 'dispute_reinstatement',
    bookedAt: input.createdAt,
    currency: movement.currency.toUpperCase(),
    lines: frame(
      movement,
      'dispute_fees',
      campaignLines(payment, 'disputes', movement.amount, giftAmount, coverAmount),
    ),
    source: source(payment, withdrawal.source.stripeId, movement),
  };
}

/** A payout: the balance to the bank (a failed payout's return books the way back). */
export function bookPayout(input: {
  orgSlug: string;
  payoutId: string;
  failed: boolean;
  bookedAt: string;
  movement: Movement;
}): LedgerEntry {
  const { movement } = input;
  return {
    orgSlug: input.orgSlug,
    key: `${input.failed ? 'payout_failure' : 'payout'}:${input.payoutId}`,
    kind: input.failed ? 'payout_failure' : 'payout',
    bookedAt: input.bookedAt,
    currency: movement.currency.toUpperCase(),
    lines: frame(movement, 'processing_fees', [{ account: 'bank', amount: -movement.amount }]),
    source: {
      stripeId: input.payoutId,
      payoutId: input.payoutId,
      ...(movement.balanceTransactionId
        ? { balanceTransactionId: movement.balanceTransactionId }
        : {}),
    },
  };
}
