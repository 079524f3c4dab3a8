import type Stripe from 'stripe';
import type { SessionEvent } from './objects/event';
import type { MoneyEvent } from './objects/money-event';
import type { EmulatedDispute, EmulatedPayout, EmulatedRefund } from './objects/money-objects';
import type { PaymentMethodUsed } from './objects/payment-method';
import type { SessionCreateParams } from './session-params';

/** A SEPA debit waiting for the bank: which outcome the test IBAN asked for. */
export type PendingSettlement = { outcome: 'succeeded' | 'failed'; method: PaymentMethodUsed };

export type SessionRecord = {
  session: Stripe.Checkout.Session;
  params: SessionCreateParams;
  pending: PendingSettlement | null;
};

export type DeliveryAttempt = { status: number | null; at: number; error?: string };

export type EventRecord = {
  event: SessionEvent | MoneyEvent;
  /** The exact bytes sent, so every (re)delivery of one event carries the same payload. */
  payload: string;
  /** The chain its deliveries keep order in: the session, for a payment's refunds and disputes too. */
  sessionId: string;
  deliveries: DeliveryAttempt[];
};

export type IdempotentResult = {
  fingerprint: string;
  status: number;
  body: string;
  requestId: string;
};

/** One call to the Stripe API as the SDK made it, like a line of the Dashboard's request log. */
export type ApiRequest = {
  id: string;
  method: string;
  path: string;
  status: number;
  /** The form-encoded body exactly as sent (empty for GET). */
  body: string;
};

/** All emulator state lives in memory for the life of one server. */
export class Store {
  readonly sessions = new Map<string, SessionRecord>();
  readonly paymentIntents = new Map<string, Stripe.PaymentIntent>();
  readonly charges = new Map<string, Stripe.Charge>();
  readonly balanceTransactions = new Map<string, Stripe.BalanceTransaction>();
  readonly events = new Map<string, EventRecord>();
  readonly idempotency = new Map<string, IdempotentResult>();
  readonly requests: ApiRequest[] = [];
  readonly refunds = new Map<string, EmulatedRefund>();
  readonly disputes = new Map<string, EmulatedDispute>();
  readonly payouts = new Map<string, EmulatedPayout>();
  /** Which payout paid each balance transaction out (`GET /v1/balance_transactions?payout=`). */
  readonly paidOutBy = new Map<string, string>();
}
