import type Stripe from 'stripe';

export type NewBalanceTransaction = {
  id: string;
  created: number;
  amount: number;
  fee: number;
  currency: string;
  chargeId: string;
};

const DAY = 24 * 3600;

/**
 * The money a charge adds to the balance, in the charge's own currency (so `exchange_rate` is
 * null): `net = amount − fee`. Funds become available two days later at 00:00 UTC, like Stripe's
 * standard payout schedule; `status` reads `pending` until then.
 */
export function buildBalanceTransaction(input: NewBalanceTransaction): Stripe.BalanceTransaction {
  const availableOn = (Math.floor(input.created / DAY) + 2) * DAY;
  return {
    id: input.id,
    object: 'balance_transaction',
    amount: input.amount,
    available_on: availableOn,
    balance_type: 'payments',
    created: input.created,
    currency: input.currency,
    description: null,
    exchange_rate: null,
    fee: input.fee,
    fee_details: [
      {
        amount: input.fee,
        application: null,
        currency: input.currency,
        description: 'Stripe processing fees',
        type: 'stripe_fee',
      },
    ],
    net: input.amount - input.fee,
    reporting_category: 'charge',
    source: input.chargeId,
    status: 'pending',
    type: 'charge',
  };
}

/** `pending` turns `available` once `available_on` has passed. */
export function withCurrentStatus(
  txn: Stripe.BalanceTransaction,
  now: number,
): Stripe.BalanceTransaction {
  return { ...txn, status: now >= txn.available_on ? 'available' : 'pending' };
}
