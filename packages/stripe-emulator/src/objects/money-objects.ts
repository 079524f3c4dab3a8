import type Stripe from 'stripe';

/** The fields of Stripe's objects the emulator keeps, checked against the SDK's own types. */
export type EmulatedRefund = Pick<
  Stripe.Refund,
  | 'id'
  | 'object'
  | 'amount'
  | 'balance_transaction'
  | 'charge'
  | 'created'
  | 'currency'
  | 'metadata'
  | 'payment_intent'
  | 'reason'
  | 'status'
>;

export type EmulatedDispute = Pick<
  Stripe.Dispute,
  | 'id'
  | 'object'
  | 'amount'
  | 'balance_transactions'
  | 'charge'
  | 'created'
  | 'currency'
  | 'is_charge_refundable'
  | 'livemode'
  | 'metadata'
  | 'payment_intent'
  | 'reason'
  | 'status'
>;

export type EmulatedPayout = Pick<
  Stripe.Payout,
  | 'id'
  | 'object'
  | 'amount'
  | 'arrival_date'
  | 'automatic'
  | 'balance_transaction'
  | 'created'
  | 'currency'
  | 'failure_balance_transaction'
  | 'failure_code'
  | 'failure_message'
  | 'method'
  | 'status'
  | 'type'
>;

/**
 * A balance transaction other than a charge's: a refund, a dispute's withdrawal or
 * reinstatement, a payout or its failure. Signed as Stripe signs them (out negative).
 */
export function buildMovementTransaction(input: {
  id: string;
  created: number;
  amount: number;
  fee: number;
  currency: string;
  source: string;
  type: 'refund' | 'adjustment' | 'payout' | 'payout_failure';
  reportingCategory: 'refund' | 'dispute' | 'dispute_reversal' | 'payout' | 'payout_reversal';
  feeDescription?: string;
}): Stripe.BalanceTransaction {
  return {
    id: input.id,
    object: 'balance_transaction',
    amount: input.amount,
    // Money leaving counts at once; money coming back is available at once too, as Stripe does
    // for reinstatements and failed payouts.
    available_on: input.created,
    balance_type: 'payments',
    created: input.created,
    currency: input.currency,
    description: null,
    exchange_rate: null,
    fee: input.fee,
    fee_details:
      input.fee === 0
        ? []
        : [
            {
              amount: input.fee,
              application: null,
              currency: input.currency,
              description: input.feeDescription ?? 'Stripe fee',
              type: 'stripe_fee',
            },
          ],
    net: input.amount - input.fee,
    reporting_category: input.reportingCategory,
    source: input.source,
    status: 'available',
    type: input.type,
  };
}
