import type Stripe from 'stripe';
import type { Payer, PaymentMethodUsed } from './payment-method';

export type NewCharge = {
  id: string;
  created: number;
  amount: number;
  currency: string;
  paymentIntentId: string;
  metadata: Stripe.Metadata;
  description: string | null;
  receiptEmail: string | null;
  method: PaymentMethodUsed;
  payer: Payer;
  balanceTransactionId: string | null;
};

/** A card charge succeeds at once; a SEPA debit charge is `pending` until settlement. */
export function buildCharge(input: NewCharge): Stripe.Charge {
  const settled = input.method.type === 'card';
  return {
    id: input.id,
    object: 'charge',
    amount: input.amount,
    amount_captured: settled ? input.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: input.balanceTransactionId,
    billing_details: {
      address: null,
      email: input.payer.email,
      name: input.payer.name,
      phone: null,
      tax_id: null,
    },
    calculated_statement_descriptor: 'HAVEN EMULATOR',
    captured: settled,
    created: input.created,
    currency: input.currency,
    customer: null,
    description: input.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: input.metadata,
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      seller_message: 'Payment complete.',
      type: 'authorized',
    },
    paid: settled,
    payment_intent: input.paymentIntentId,
    payment_method: input.method.id,
    payment_method_details: paymentMethodDetails(input.method, input.amount),
    receipt_email: input.receiptEmail,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: settled ? 'succeeded' : 'pending',
    transfer_data: null,
    transfer_group: null,
  };
}

function paymentMethodDetails(
  method: PaymentMethodUsed,
  amount: number,
): Stripe.Charge.PaymentMethodDetails {
  if (method.type === 'sepa_debit') {
    return {
      type: 'sepa_debit',
      sepa_debit: {
        bank_code: method.bankCode,
        branch_code: null,
        country: method.country,
        fingerprint: null,
        last4: method.last4,
        mandate: null,
      },
    };
  }
  const nextYear = new Date().getUTCFullYear() + 1;
  return {
    type: 'card',
    card: {
      amount_authorized: amount,
      authorization_code: null,
      brand: method.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: method.country,
      electronic_commerce_indicator: null,
      exp_month: 12,
      exp_year: nextYear,
      funding: method.funding,
      installments: null,
      last4: method.last4,
      mandate: null,
      network: method.brand,
      network_transaction_id: null,
      regulated_status: 'unregulated',
      three_d_secure: null,
      transaction_link_id: null,
      wallet: null,
    },
  };
}
