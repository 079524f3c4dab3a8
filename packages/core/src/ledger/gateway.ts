import type { Movement } from './book';

/** The Stripe events that move money after a payment, as the service reads them. */
export type MoneyWebhookEvent =
  | { id: string; type: 'charge.refunded'; chargeId: string }
  | { id: string; type: 'refund.created' | 'refund.updated'; chargeId: string }
  | {
      id: string;
      type:
        | 'charge.dispute.created'
        | 'charge.dispute.closed'
        | 'charge.dispute.funds_withdrawn'
        | 'charge.dispute.funds_reinstated';
      disputeId: string;
    }
  | { id: string; type: 'payout.paid' | 'payout.failed'; payoutId: string };

export type StripeRefundState = {
  id: string;
  chargeId: string;
  amount: number;
  status: 'pending' | 'succeeded' | 'failed' | 'canceled' | 'requires_action';
  created: string;
  movement: Movement | undefined;
};

export type StripeDisputeState = {
  id: string;
  chargeId: string;
  amount: number;
  status: 'open' | 'won' | 'lost';
  /** Its balance transactions, oldest first: the withdrawal, then a reinstatement if won. */
  movements: (Movement & { created: string })[];
};

export type StripePayoutState = {
  id: string;
  status: 'pending' | 'in_transit' | 'paid' | 'failed' | 'canceled';
  currency: string;
  arrivalDate: string;
  movement: Movement;
  failure: (Movement & { created: string }) | undefined;
};

/** One of a payout's balance transactions: what it paid out and where it came from. */
export type PayoutPart = {
  balanceTransactionId: string;
  type: string;
  source: string;
  amount: number;
};

/**
 * What the ledger reads from (and asks of) the processor, looked up afresh on each event: the
 * books follow Stripe's state, not the order its events arrive in. `account`: the organisation's
 * connected account the money lives on (Connect); absent, the service's own account.
 */
export interface MoneyGateway {
  /** The pledge id our Checkout put on the charge's PaymentIntent, if the charge is ours. */
  pledgeOfCharge(chargeId: string, account?: string): Promise<string | undefined>;
  refundsOfCharge(chargeId: string, account?: string): Promise<StripeRefundState[]>;
  getDispute(disputeId: string, account?: string): Promise<StripeDisputeState>;
  getPayout(payoutId: string, account?: string): Promise<StripePayoutState>;
  payoutParts(payoutId: string, account?: string): AsyncIterable<PayoutPart>;
  createRefund(input: {
    chargeId: string;
    amount: number;
    reason: 'duplicate' | 'fraudulent' | 'requested_by_customer';
    idempotencyKey: string;
    account?: string;
  }): Promise<StripeRefundState>;
}

/**
 * Connect: the connected account a money event happened on and the organisation that owns it
 * (from the event's `account`). Only that organisation's payments and books may change.
 */
export type MoneyAccount = { accountId: string; orgSlug: string };
