/**
 * The billing objects as the emulator keeps them: the fields of Stripe's Customer, Price,
 * Subscription, Invoice and billing portal Session that the service reads, under Stripe's own
 * names and shapes (API 2025-03-31 and later: periods live on subscription items, an invoice
 * names its subscription under `parent.subscription_details` and its PaymentIntents under
 * `payments`). Fields Stripe has and the service never reads are left out.
 */
export type Customer = {
  id: string;
  object: 'customer';
  created: number;
  email: string;
  name: string | null;
  invoice_settings: { default_payment_method: string | null };
  metadata: Record<string, string>;
  livemode: false;
};

export type Price = {
  id: string;
  object: 'price';
  active: boolean;
  created: number;
  currency: string;
  unit_amount: number;
  product: string;
  recurring: {
    interval: 'day' | 'week' | 'month' | 'year';
    interval_count: number;
    usage_type: 'licensed';
  };
  type: 'recurring';
  livemode: false;
  metadata: Record<string, string>;
};

export type Product = {
  id: string;
  object: 'product';
  active: boolean;
  created: number;
  name: string;
  metadata: Record<string, string>;
  livemode: false;
};

export type SubscriptionItem = {
  id: string;
  object: 'subscription_item';
  created: number;
  price: Price;
  quantity: number;
  subscription: string;
  current_period_start: number;
  current_period_end: number;
  metadata: Record<string, string>;
};

export type SubscriptionStatus = 'active' | 'past_due' | 'canceled' | 'unpaid' | 'incomplete';

export type Subscription = {
  id: string;
  object: 'subscription';
  created: number;
  start_date: number;
  billing_cycle_anchor: number;
  customer: string;
  currency: string;
  status: SubscriptionStatus;
  collection_method: 'charge_automatically';
  items: { object: 'list'; data: SubscriptionItem[]; has_more: false; url: string };
  metadata: Record<string, string>;
  description: string | null;
  pause_collection: {
    behavior: 'void' | 'keep_as_draft' | 'mark_uncollectible';
    resumes_at: number | null;
  } | null;
  cancel_at_period_end: boolean;
  canceled_at: number | null;
  ended_at: number | null;
  latest_invoice: string | null;
  default_payment_method: string | null;
  test_clock: null;
  livemode: false;
};

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';

export type InvoicePayment = {
  id: string;
  object: 'invoice_payment';
  invoice: string;
  is_default: true;
  status: 'open' | 'paid' | 'canceled';
  amount_paid: number | null;
  amount_requested: number;
  currency: string;
  payment: { type: 'payment_intent'; payment_intent: string };
  created: number;
  livemode: false;
};

export type InvoiceLine = {
  id: string;
  object: 'line_item';
  amount: number;
  currency: string;
  description: string;
  quantity: number;
  period: { start: number; end: number };
  pricing: {
    type: 'price_details';
    price_details: { price: string; product: string };
    unit_amount_decimal: string;
  };
};

export type Invoice = {
  id: string;
  object: 'invoice';
  created: number;
  customer: string;
  customer_email: string;
  customer_name: string | null;
  currency: string;
  status: InvoiceStatus;
  billing_reason: 'subscription_create' | 'subscription_cycle';
  collection_method: 'charge_automatically';
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  subtotal: number;
  total: number;
  attempt_count: number;
  attempted: boolean;
  next_payment_attempt: number | null;
  period_start: number;
  period_end: number;
  lines: { object: 'list'; data: InvoiceLine[]; has_more: false; url: string };
  parent: {
    type: 'subscription_details';
    quote_details: null;
    subscription_details: { subscription: string; metadata: Record<string, string> };
  };
  payments: { object: 'list'; data: InvoicePayment[]; has_more: false; url: string };
  status_transitions: {
    finalized_at: number | null;
    paid_at: number | null;
    voided_at: null;
    marked_uncollectible_at: null;
  };
  hosted_invoice_url: string | null;
  metadata: Record<string, string>;
  number: string | null;
  livemode: false;
};

export type PortalSession = {
  id: string;
  object: 'billing_portal.session';
  created: number;
  customer: string;
  locale: string | null;
  return_url: string | null;
  url: string;
  livemode: false;
};
