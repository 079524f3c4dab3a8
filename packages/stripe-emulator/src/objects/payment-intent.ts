import type Stripe from 'stripe';
import type { PaymentMethodUsed } from './payment-method';

export type NewPaymentIntent = {
  id: string;
  created: number;
  amount: number;
  currency: string;
  metadata: Stripe.Metadata;
  description: string | null;
  receiptEmail: string | null;
  statementDescriptor: string | null;
  statementDescriptorSuffix: string | null;
  method: PaymentMethodUsed;
  chargeId: string;
};

/**
 * A PaymentIntent confirmed by Checkout. A card settles at once (`succeeded`); a SEPA debit
 * stays `processing` until the bank answers, which is what makes Checkout's events async.
 */
export function buildPaymentIntent(input: NewPaymentIntent): Stripe.PaymentIntent {
  const settled = input.method.type === 'card';
  return {
    id: input.id,
    object: 'payment_intent',
    allowed_payment_method_types: null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: settled ? input.amount : 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: `${input.id}_secret_emulator`,
    confirmation_method: 'automatic',
    created: input.created,
    currency: input.currency,
    customer: null,
    customer_account: null,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: input.chargeId,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: input.method.id,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: [input.method.type],
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: input.statementDescriptor,
    statement_descriptor_suffix: input.statementDescriptorSuffix,
    status: settled ? 'succeeded' : 'processing',
    transfer_data: null,
    transfer_group: null,
  };
}
