import type Stripe from 'stripe';
import { invalidRequest, resourceMissing } from './errors';
import { type FeeModel, processingFee } from './fees';
import { newId } from './ids';
import { MoneyMovements } from './money';
import { buildBalanceTransaction } from './objects/balance-transaction';
import { buildCharge } from './objects/charge';
import { buildSessionEvent, type EventRequest, type SessionEventType } from './objects/event';
import { buildPaymentIntent } from './objects/payment-intent';
import type { Payer } from './objects/payment-method';
import { buildSession } from './objects/session';
import { checkSessionRules, type SessionCreateParams } from './session-params';
import { type SessionRecord, Store } from './store';
import { cardInstrument, type Instrument, ibanInstrument } from './test-instruments';
import type { WebhookDispatcher } from './webhooks';

export type PayInput = {
  card?: string;
  iban?: string;
  email?: string;
  name?: string;
  /** Dates the payment (unix seconds) as if the donor paid then, e.g. just before a year ends. */
  paidAt?: number;
  /** A card charge that succeeds before Stripe has written its balance transaction. */
  deferBalanceTransaction?: boolean;
};
export type PayResult = { session: Stripe.Checkout.Session; eventIds: string[] };

const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };
const now = () => Math.floor(Date.now() / 1000);

/**
 * The Checkout state machine: open → complete (paid, or unpaid until a SEPA debit settles) or
 * open → expired. Every transition updates the stored objects first, then records and queues
 * the event, so an event always carries the state that caused it.
 */
export class Emulator {
  readonly store = new Store();
  /** Refunds, disputes and payouts: what happens to the money after a payment. */
  readonly money: MoneyMovements;
  private readonly settleTimers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly webhooks: WebhookDispatcher,
    private readonly fees: FeeModel,
    private readonly baseUrl: () => string,
    private readonly asyncSettlementDelayMs: number | undefined,
  ) {
    this.money = new MoneyMovements(this.store, webhooks);
  }

  createSession(params: SessionCreateParams): Stripe.Checkout.Session {
    const created = now();
    checkSessionRules(params, created);
    const id = newId.session();
    const session = buildSession({
      id,
      created,
      params,
      checkoutUrl: `${this.baseUrl()}/c/pay/${id}`,
    });
    this.store.sessions.set(id, { session, params, pending: null });
    return session;
  }

  /** Looks a session up, expiring it first if its `expires_at` has passed (Stripe does so lazily too). */
  getSession(id: string): SessionRecord {
    const record = this.store.sessions.get(id);
    if (!record) throw resourceMissing('checkout.session', id);
    if (record.session.status === 'open' && now() >= record.session.expires_at) {
      this.expire(id, NO_REQUEST);
    }
    return record;
  }

  pay(id: string, input: PayInput): PayResult {
    const record = this.getSession(id);
    const { session, params } = record;
    if (session.status !== 'open') {
      throw invalidRequest(
        `This Checkout Session is ${session.status}: it can no longer be paid.`,
        'session',
        'checkout_session_not_open',
      );
    }
    const email = input.email ?? session.customer_email;
    if (!email) throw invalidRequest('An email address is required.', 'email', 'email_invalid');
    const instrument = this.instrument(input);
    if (!session.payment_method_types.includes(instrument.method.type)) {
      throw invalidRequest(
        `This Checkout Session does not accept ${instrument.method.type}.`,
        'payment_method_types',
      );
    }
    const payer: Payer = { email, name: input.name ?? null };
    const amount = session.amount_total ?? 0;
    const currency = session.currency ?? 'usd';
    const created = input.paidAt ?? now();
    const piId = newId.paymentIntent();
    const chargeId = newId.charge();
    const piData = params.payment_intent_data;
    const common = {
      created,
      amount,
      currency,
      metadata: piData?.metadata ?? {},
      description: piData?.description ?? null,
      receiptEmail: piData?.receipt_email ?? null,
      method: instrument.method,
    };
    const txnId =
      instrument.kind === 'card' && !input.deferBalanceTransaction
        ? this.recordBalance(chargeId, amount, currency, created)
        : null;
    this.store.charges.set(
      chargeId,
      buildCharge({
        ...common,
        id: chargeId,
        paymentIntentId: piId,
        payer,
        balanceTransactionId: txnId,
      }),
    );
    this.store.paymentIntents.set(
      piId,
      buildPaymentIntent({
        ...common,
        id: piId,
        chargeId,
        statementDescriptor: piData?.statement_descriptor ?? null,
        statementDescriptorSuffix: piData?.statement_descriptor_suffix ?? null,
      }),
    );
    Object.assign(session, {
      status: 'complete',
      payment_status: instrument.kind === 'card' ? 'paid' : 'unpaid',
      payment_intent: piId,
      url: null,
      customer_details: {
        address: null,
        business_name: null,
        email,
        individual_name: null,
        name: payer.name,
        phone: null,
        tax_exempt: 'none',
        tax_ids: [],
      },
    } satisfies Partial<Stripe.Checkout.Session>);
    if (instrument.kind === 'sepa_debit') {
      record.pending = { outcome: instrument.outcome, method: instrument.method };
      this.scheduleSettlement(id);
    }
    return { session, eventIds: [this.emit('checkout.session.completed', record, NO_REQUEST)] };
  }

  /** The bank's answer to a SEPA debit; `outcome` defaults to what the test IBAN asks for. */
  settle(id: string, outcome?: 'succeeded' | 'failed'): PayResult {
    const record = this.getSession(id);
    const { session, pending } = record;
    const { pi, charge } = this.paymentOf(session);
    if (!pending || !pi || !charge) {
      throw invalidRequest(
        'This Checkout Session has no payment waiting to settle.',
        'session',
        'no_pending_payment',
      );
    }
    record.pending = null;
    const result = outcome ?? pending.outcome;
    if (result === 'succeeded') {
      const txnId = this.recordBalance(charge.id, charge.amount, charge.currency, now());
      Object.assign(charge, {
        status: 'succeeded',
        paid: true,
        captured: true,
        amount_captured: charge.amount,
        balance_transaction: txnId,
      } satisfies Partial<Stripe.Charge>);
      Object.assign(pi, {
        status: 'succeeded',
        amount_received: pi.amount,
      } satisfies Partial<Stripe.PaymentIntent>);
      session.payment_status = 'paid';
      return {
        session,
        eventIds: [this.emit('checkout.session.async_payment_succeeded', record, NO_REQUEST)],
      };
    }
    Object.assign(charge, {
      status: 'failed',
      failure_code: 'insufficient_funds',
      failure_message: "The customer's account has insufficient funds to cover this payment.",
    } satisfies Partial<Stripe.Charge>);
    Object.assign(pi, {
      status: 'requires_payment_method',
      last_payment_error: {
        type: 'invalid_request_error',
        code: 'insufficient_funds',
        message: "The customer's account has insufficient funds to cover this payment.",
      },
    } satisfies Partial<Stripe.PaymentIntent>);
    return {
      session,
      eventIds: [this.emit('checkout.session.async_payment_failed', record, NO_REQUEST)],
    };
  }

  /** Writes the balance transaction of a card charge paid with `deferBalanceTransaction`. */
  writeBalanceTransaction(id: string): Stripe.BalanceTransaction {
    const { charge } = this.paymentOf(this.getSession(id).session);
    if (charge?.status !== 'succeeded' || charge.balance_transaction !== null) {
      throw invalidRequest(
        'This Checkout Session has no succeeded charge waiting for its balance transaction.',
        'session',
        'no_pending_balance_transaction',
      );
    }
    const txnId = this.recordBalance(charge.id, charge.amount, charge.currency, charge.created);
    charge.balance_transaction = txnId;
    const txn = this.store.balanceTransactions.get(txnId);
    if (!txn) throw resourceMissing('balance_transaction', txnId);
    return txn;
  }

  expire(id: string, request: EventRequest): PayResult {
    const record = this.store.sessions.get(id);
    if (!record) throw resourceMissing('checkout.session', id);
    if (record.session.status !== 'open') {
      throw invalidRequest(
        `Only Checkout Sessions with a status of \`open\` can be expired. This one is \`${record.session.status}\`.`,
        'session',
      );
    }
    Object.assign(record.session, {
      status: 'expired',
      url: null,
    } satisfies Partial<Stripe.Checkout.Session>);
    return {
      session: record.session,
      eventIds: [this.emit('checkout.session.expired', record, request)],
    };
  }

  stop(): void {
    for (const timer of this.settleTimers) clearTimeout(timer);
    this.settleTimers.clear();
  }

  private paymentOf(session: Stripe.Checkout.Session) {
    const pi =
      typeof session.payment_intent === 'string'
        ? this.store.paymentIntents.get(session.payment_intent)
        : undefined;
    const charge =
      typeof pi?.latest_charge === 'string' ? this.store.charges.get(pi.latest_charge) : undefined;
    return { pi, charge };
  }

  private instrument(input: PayInput): Instrument {
    const pmId = newId.paymentMethod();
    if (input.card && input.iban)
      throw invalidRequest('Pay with a card or an IBAN, not both.', 'card');
    if (input.card) return cardInstrument(input.card, pmId);
    if (input.iban) return ibanInstrument(input.iban, pmId);
    throw invalidRequest('A card number or an IBAN is required.', 'card');
  }

  private recordBalance(
    chargeId: string,
    amount: number,
    currency: string,
    created: number,
  ): string {
    const id = newId.balanceTransaction();
    const fee = processingFee(amount, currency, this.fees);
    this.store.balanceTransactions.set(
      id,
      buildBalanceTransaction({ id, created, amount, fee, currency, chargeId }),
    );
    return id;
  }

  private scheduleSettlement(id: string): void {
    if (this.asyncSettlementDelayMs === undefined) return;
    const timer = setTimeout(() => {
      this.settleTimers.delete(timer);
      if (this.store.sessions.get(id)?.pending) this.settle(id);
    }, this.asyncSettlementDelayMs);
    this.settleTimers.add(timer);
  }

  private emit(type: SessionEventType, record: SessionRecord, request: EventRequest): string {
    const pending = this.webhooks.enabled ? 1 : 0;
    const event = buildSessionEvent(newId.event(), type, record.session, now(), request, pending);
    const eventRecord = {
      event,
      payload: JSON.stringify(event, null, 2),
      sessionId: record.session.id,
      deliveries: [],
    };
    this.store.events.set(event.id, eventRecord);
    this.webhooks.enqueue(eventRecord);
    return event.id;
  }
}
