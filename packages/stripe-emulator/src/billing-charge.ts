import type Stripe from 'stripe';
import { type FeeModel, processingFee } from './fees';
import { newBillingId, newId } from './ids';
import { buildBalanceTransaction } from './objects/balance-transaction';
import type { Invoice } from './objects/billing-types';
import { buildCharge } from './objects/charge';
import { buildPaymentIntent } from './objects/payment-intent';
import type { Payer, PaymentMethodUsed } from './objects/payment-method';
import type { Store } from './store';

const DECLINE = {
  code: 'card_declined',
  message: 'Your card was declined.',
} as const;

/**
 * One attempt to collect an invoice with a card, as Stripe makes it: the invoice's PaymentIntent
 * (made on the first attempt, kept for the next) gets a new Charge; a succeeded charge has its
 * own balance transaction (fee, net) and pays the invoice; a declined one leaves it open.
 */
export function attemptInvoicePayment(
  store: Store,
  fees: FeeModel,
  input: {
    invoice: Invoice;
    method: PaymentMethodUsed;
    payer: Payer;
    customerId: string;
    metadata: Stripe.Metadata;
    at: number;
    succeeds: boolean;
  },
): void {
  const { invoice, method, at } = input;
  const amount = invoice.amount_due;
  const currency = invoice.currency;
  const existing = invoice.payments.data[0];
  const piId = existing?.payment.payment_intent ?? newId.paymentIntent();
  const chargeId = newId.charge();
  let txnId: string | null = null;
  if (input.succeeds) {
    txnId = newId.balanceTransaction();
    const fee = processingFee(amount, currency, fees);
    store.balanceTransactions.set(
      txnId,
      buildBalanceTransaction({ id: txnId, created: at, amount, fee, currency, chargeId }),
    );
  }
  const common = {
    created: at,
    amount,
    currency,
    metadata: input.metadata,
    description: 'Subscription update',
    receiptEmail: null,
    method,
  };
  const charge = buildCharge({
    ...common,
    id: chargeId,
    paymentIntentId: piId,
    payer: input.payer,
    balanceTransactionId: txnId,
  });
  charge.customer = input.customerId;
  if (!input.succeeds) {
    Object.assign(charge, {
      status: 'failed',
      paid: false,
      captured: false,
      amount_captured: 0,
      failure_code: DECLINE.code,
      failure_message: DECLINE.message,
    } satisfies Partial<Stripe.Charge>);
  }
  store.charges.set(chargeId, charge);
  const pi =
    store.paymentIntents.get(piId) ??
    buildPaymentIntent({
      ...common,
      id: piId,
      chargeId,
      statementDescriptor: null,
      statementDescriptorSuffix: null,
    });
  Object.assign(pi, {
    customer: input.customerId,
    latest_charge: chargeId,
    payment_method: method.id,
    status: input.succeeds ? 'succeeded' : 'requires_payment_method',
    amount_received: input.succeeds ? amount : 0,
    last_payment_error: input.succeeds
      ? null
      : { type: 'card_error', code: DECLINE.code, message: DECLINE.message },
  } satisfies Partial<Stripe.PaymentIntent>);
  store.paymentIntents.set(piId, pi);
  if (!existing) {
    invoice.payments.data.push({
      id: newBillingId.invoicePayment(),
      object: 'invoice_payment',
      invoice: invoice.id,
      is_default: true,
      status: 'open',
      amount_paid: null,
      amount_requested: amount,
      currency,
      payment: { type: 'payment_intent', payment_intent: piId },
      created: at,
      livemode: false,
    });
  }
  invoice.attempt_count += 1;
  invoice.attempted = true;
  if (!input.succeeds) return;
  const payment = invoice.payments.data[0];
  if (payment) Object.assign(payment, { status: 'paid', amount_paid: amount });
  Object.assign(invoice, {
    status: 'paid',
    amount_paid: amount,
    amount_remaining: 0,
    next_payment_attempt: null,
  } satisfies Partial<Invoice>);
  invoice.status_transitions.paid_at = at;
}
