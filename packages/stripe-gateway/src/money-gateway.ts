import type {
  MoneyGateway,
  MoneyWebhookEvent,
  Movement,
  StripeDisputeState,
  StripeRefundState,
} from '@haven/core';
import type Stripe from 'stripe';
import { callStripe as call } from './call';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

const movementOf = (txn: Stripe.BalanceTransaction): Movement => ({
  balanceTransactionId: txn.id,
  amount: txn.amount,
  fee: txn.fee,
  net: txn.net,
  currency: txn.currency.toUpperCase(),
});

const REFUND_STATUSES = ['pending', 'succeeded', 'failed', 'canceled', 'requires_action'] as const;
const refundStatus = (status: string | null): StripeRefundState['status'] =>
  REFUND_STATUSES.find((known) => known === status) ?? 'pending';

const idOf = (value: string | { id: string } | null | undefined): string =>
  typeof value === 'string' ? value : (value?.id ?? '');

function refundState(refund: Stripe.Refund): StripeRefundState {
  const txn = refund.balance_transaction;
  return {
    id: refund.id,
    chargeId: idOf(refund.charge),
    amount: refund.amount,
    status: refundStatus(refund.status),
    created: iso(refund.created),
    movement: typeof txn === 'object' && txn !== null ? movementOf(txn) : undefined,
  };
}

export function disputeStatus(status: string): StripeDisputeState['status'] {
  if (status === 'won') return 'won';
  if (status === 'lost') return 'lost';
  return 'open';
}

/** The call's options: on the connected account (Connect), else on the service's own. */
const on = (account: string | undefined): Stripe.RequestOptions =>
  account ? { stripeAccount: account } : {};

/** Refunds, disputes and payouts as the ledger reads them, through the real SDK. */
export function moneyGateway(stripe: Stripe): MoneyGateway {
  return {
    async pledgeOfCharge(chargeId, account) {
      const charge = await call(() => stripe.charges.retrieve(chargeId, {}, on(account)));
      return charge.metadata.pledgeId;
    },
    async refundsOfCharge(chargeId, account) {
      const refunds: StripeRefundState[] = [];
      const list = stripe.refunds.list(
        { charge: chargeId, limit: 100, expand: ['data.balance_transaction'] },
        on(account),
      );
      await call(() => list.autoPagingEach((refund) => void refunds.push(refundState(refund))));
      // Oldest first: each refund books against the ones before it.
      return refunds.sort((a, b) => a.created.localeCompare(b.created));
    },
    async getDispute(disputeId, account) {
      const dispute = await call(() => stripe.disputes.retrieve(disputeId, {}, on(account)));
      return {
        id: dispute.id,
        chargeId: idOf(dispute.charge),
        amount: dispute.amount,
        status: disputeStatus(dispute.status),
        movements: [...dispute.balance_transactions]
          .sort((a, b) => a.created - b.created)
          .map((txn) => ({ ...movementOf(txn), created: iso(txn.created) })),
      };
    },
    async getPayout(payoutId, account) {
      const payout = await call(() =>
        stripe.payouts.retrieve(
          payoutId,
          { expand: ['balance_transaction', 'failure_balance_transaction'] },
          on(account),
        ),
      );
      const txn = payout.balance_transaction;
      const failure = payout.failure_balance_transaction;
      return {
        id: payout.id,
        status: payout.status === 'paid' || payout.status === 'failed' ? payout.status : 'pending',
        currency: payout.currency.toUpperCase(),
        arrivalDate: iso(payout.arrival_date),
        movement:
          typeof txn === 'object' && txn !== null
            ? movementOf(txn)
            : { amount: -payout.amount, fee: 0, net: -payout.amount, currency: payout.currency },
        failure:
          typeof failure === 'object' && failure !== null
            ? { ...movementOf(failure), created: iso(failure.created) }
            : undefined,
      };
    },
    async *payoutParts(payoutId, account) {
      const parts = stripe.balanceTransactions.list({ payout: payoutId, limit: 100 }, on(account));
      for await (const txn of parts) {
        yield {
          balanceTransactionId: txn.id,
          type: txn.type,
          source: idOf(txn.source),
          amount: txn.amount,
        };
      }
    },
    async createRefund(input) {
      const refund = await call(() =>
        stripe.refunds.create(
          {
            charge: input.chargeId,
            amount: input.amount,
            reason: input.reason,
            expand: ['balance_transaction'],
          },
          { idempotencyKey: input.idempotencyKey, ...on(input.account) },
        ),
      );
      return refundState(refund);
    },
  };
}

/** The money events the service acts on, narrowed from Stripe's; undefined for any other. */
export function moneyEvent(event: Stripe.Event): MoneyWebhookEvent | undefined {
  switch (event.type) {
    case 'charge.refunded':
      return { id: event.id, type: event.type, chargeId: event.data.object.id };
    case 'refund.created':
    case 'refund.updated':
      return { id: event.id, type: event.type, chargeId: idOf(event.data.object.charge) };
    case 'charge.dispute.created':
    case 'charge.dispute.closed':
    case 'charge.dispute.funds_withdrawn':
    case 'charge.dispute.funds_reinstated':
      return { id: event.id, type: event.type, disputeId: event.data.object.id };
    case 'payout.paid':
    case 'payout.failed':
      return { id: event.id, type: event.type, payoutId: event.data.object.id };
    default:
      return undefined;
  }
}
