import { minorUnitExponent } from '@haven/core';
import type Stripe from 'stripe';
import { invalidRequest, resourceMissing } from './errors';
import { newId } from './ids';
import type { EventRequest } from './objects/event';
import { buildMoneyEvent, type MoneyEventType } from './objects/money-event';
import {
  buildMovementTransaction,
  type EmulatedDispute,
  type EmulatedPayout,
  type EmulatedRefund,
} from './objects/money-objects';
import type { Store } from './store';
import type { WebhookDispatcher } from './webhooks';

const now = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

export type RefundInput = {
  chargeId: string;
  amount?: number | undefined;
  reason?: Stripe.RefundCreateParams.Reason | undefined;
  metadata?: Stripe.Metadata | undefined;
};

export type MoneyResult<T> = { object: T; eventIds: string[] };

/**
 * What happens to money after a payment: refunds (from the API or "the Dashboard"), disputes a
 * bank opens and closes, payouts of the balance to the bank. Each object is made by one function
 * (createRefund, openDispute, createPayout) so Connect's account can be added in one place; each
 * writes its balance transactions first, then records and queues its events.
 */
export class MoneyMovements {
  constructor(
    private readonly store: Store,
    private readonly webhooks: WebhookDispatcher,
  ) {}

  createRefund(input: RefundInput, request: EventRequest): MoneyResult<EmulatedRefund> {
    const charge = this.charge(input.chargeId);
    if (charge.status !== 'succeeded') {
      throw invalidRequest(
        `Charge ${charge.id} has not succeeded: it cannot be refunded.`,
        'charge',
      );
    }
    const left = charge.amount - charge.amount_refunded - this.disputedAmount(charge.id);
    const amount = input.amount ?? left;
    if (amount <= 0 || amount > left) {
      throw invalidRequest(
        `Refund amount (${amount}) is greater than the unrefunded amount on the charge (${left}).`,
        'amount',
        'amount_too_large',
      );
    }
    const created = now();
    const txn = this.recordTxn({
      amount: -amount,
      fee: 0,
      currency: charge.currency,
      created,
      source: '',
      type: 'refund',
      reportingCategory: 'refund',
    });
    const refund: EmulatedRefund = {
      id: newId.refund(),
      object: 'refund',
      amount,
      balance_transaction: txn.id,
      charge: charge.id,
      created,
      currency: charge.currency,
      metadata: input.metadata ?? {},
      payment_intent: typeof charge.payment_intent === 'string' ? charge.payment_intent : null,
      reason: input.reason ?? null,
      status: 'succeeded',
    };
    txn.source = refund.id;
    this.store.refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    const chain = this.chainOf(charge);
    return {
      object: refund,
      eventIds: [
        this.emit('refund.created', refund, chain, request),
        this.emit('charge.refunded', charge, chain, request),
      ],
    };
  }

  /** A bank disputes a charge: the amount and Stripe's dispute fee leave the balance at once. */
  openDispute(
    chargeId: string,
    input: { amount?: number | undefined; reason?: string | undefined },
  ): MoneyResult<EmulatedDispute> {
    const charge = this.charge(chargeId);
    if (charge.disputed) throw invalidRequest(`Charge ${charge.id} is already disputed.`, 'charge');
    const left = charge.amount - charge.amount_refunded;
    const amount = input.amount ?? left;
    if (amount <= 0 || amount > left) {
      throw invalidRequest(
        `A dispute cannot exceed what is left of the charge (${left}).`,
        'amount',
      );
    }
    const created = now();
    const id = newId.dispute();
    const withdrawal = this.recordTxn({
      amount: -amount,
      fee: disputeFee(charge.currency),
      currency: charge.currency,
      created,
      source: id,
      type: 'adjustment',
      reportingCategory: 'dispute',
      feeDescription: 'Dispute fee',
    });
    const dispute: EmulatedDispute = {
      id,
      object: 'dispute',
      amount,
      balance_transactions: [withdrawal],
      charge: charge.id,
      created,
      currency: charge.currency,
      is_charge_refundable: false,
      livemode: false,
      metadata: {},
      payment_intent: typeof charge.payment_intent === 'string' ? charge.payment_intent : null,
      reason: input.reason ?? 'fraudulent',
      status: 'needs_response',
    };
    this.store.disputes.set(id, dispute);
    charge.disputed = true;
    const chain = this.chainOf(charge);
    const none = { id: null, idempotency_key: null };
    return {
      object: dispute,
      eventIds: [
        this.emit('charge.dispute.created', dispute, chain, none),
        this.emit('charge.dispute.funds_withdrawn', dispute, chain, none),
      ],
    };
  }

  /** The bank decides: won gives the amount back (the fee stays with Stripe), lost keeps it. */
  closeDispute(id: string, outcome: 'won' | 'lost'): MoneyResult<EmulatedDispute> {
    const dispute = this.store.disputes.get(id);
    if (!dispute) throw resourceMissing('dispute', id);
    if (dispute.status === 'won' || dispute.status === 'lost') {
      throw invalidRequest(`Dispute ${id} is already closed.`, 'dispute');
    }
    const charge = this.charge(typeof dispute.charge === 'string' ? dispute.charge : '');
    const chain = this.chainOf(charge);
    const none = { id: null, idempotency_key: null };
    const eventIds: string[] = [];
    if (outcome === 'won') {
      dispute.balance_transactions.push(
        this.recordTxn({
          amount: dispute.amount,
          fee: 0,
          currency: dispute.currency,
          created: now(),
          source: id,
          type: 'adjustment',
          reportingCategory: 'dispute_reversal',
        }),
      );
      dispute.status = 'won';
      eventIds.push(this.emit('charge.dispute.funds_reinstated', dispute, chain, none));
    } else {
      dispute.status = 'lost';
    }
    eventIds.push(this.emit('charge.dispute.closed', dispute, chain, none));
    return { object: dispute, eventIds };
  }

  /**
   * Pays out a currency's balance: every balance transaction not paid out yet (as if the payout
   * ran once they were available). `fail` makes the bank return it: a `payout_failure` balance
   * transaction brings the money back, to go out with the next payout.
   */
  createPayout(input: {
    currency: string;
    fail?: boolean | undefined;
  }): MoneyResult<EmulatedPayout> {
    const currency = input.currency.toLowerCase();
    const included = [...this.store.balanceTransactions.values()].filter(
      (txn) =>
        txn.currency === currency && txn.type !== 'payout' && !this.store.paidOutBy.has(txn.id),
    );
    const amount = included.reduce((sum, txn) => sum + txn.net, 0);
    if (amount <= 0) {
      throw invalidRequest(
        `There is no ${currency} balance to pay out.`,
        'amount',
        'balance_insufficient',
      );
    }
    const created = now();
    const id = newId.payout();
    const txn = this.recordTxn({
      amount: -amount,
      fee: 0,
      currency,
      created,
      source: id,
      type: 'payout',
      reportingCategory: 'payout',
    });
    for (const part of [...included, txn]) this.store.paidOutBy.set(part.id, id);
    const payout: EmulatedPayout = {
      id,
      object: 'payout',
      amount,
      arrival_date: created + DAY,
      automatic: true,
      balance_transaction: txn.id,
      created,
      currency,
      failure_balance_transaction: null,
      failure_code: null,
      failure_message: null,
      method: 'standard',
      status: 'paid',
      type: 'bank_account',
    };
    const none = { id: null, idempotency_key: null };
    const eventIds = [this.emit('payout.created', payout, id, none)];
    if (input.fail) {
      const back = this.recordTxn({
        amount,
        fee: 0,
        currency,
        created,
        source: id,
        type: 'payout_failure',
        reportingCategory: 'payout_reversal',
      });
      Object.assign(payout, {
        status: 'failed',
        failure_balance_transaction: back.id,
        failure_code: 'account_closed',
        failure_message: 'The bank account has been closed.',
      } satisfies Partial<EmulatedPayout>);
      this.store.payouts.set(id, payout);
      eventIds.push(this.emit('payout.failed', payout, id, none));
    } else {
      this.store.payouts.set(id, payout);
      eventIds.push(this.emit('payout.paid', payout, id, none));
    }
    return { object: payout, eventIds };
  }

  /** `amount` disputed and not given back: what a refund can no longer return. */
  private disputedAmount(chargeId: string): number {
    return [...this.store.disputes.values()]
      .filter((dispute) => dispute.charge === chargeId && dispute.status !== 'won')
      .reduce((sum, dispute) => sum + dispute.amount, 0);
  }

  private charge(id: string): Stripe.Charge {
    const charge = this.store.charges.get(id);
    if (!charge) throw resourceMissing('charge', id, 'charge');
    return charge;
  }

  /** A charge's later events follow its session's in the same delivery chain. */
  private chainOf(charge: Stripe.Charge): string {
    for (const { session } of this.store.sessions.values()) {
      if (session.payment_intent === charge.payment_intent) return session.id;
    }
    return charge.id;
  }

  private recordTxn(input: Omit<Parameters<typeof buildMovementTransaction>[0], 'id'>) {
    const txn = buildMovementTransaction({ ...input, id: newId.balanceTransaction() });
    this.store.balanceTransactions.set(txn.id, txn);
    return txn;
  }

  private emit(type: MoneyEventType, object: object, chain: string, request: EventRequest): string {
    const pending = this.webhooks.enabled ? 1 : 0;
    const event = buildMoneyEvent(newId.event(), type, object, now(), request, pending);
    const record = {
      event,
      payload: JSON.stringify(event, null, 2),
      sessionId: chain,
      deliveries: [],
    };
    this.store.events.set(event.id, record);
    this.webhooks.enqueue(record);
    return event.id;
  }
}

/** Stripe's dispute fee, as a flat 15 in the charge currency's major unit. */
const disputeFee = (currency: string): number => 15 * 10 ** minorUnitExponent(currency);
