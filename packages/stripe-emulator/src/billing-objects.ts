import type { BillingStore } from './billing-store';
import { resourceMissing } from './errors';
import { newBillingId } from './ids';
import type {
  Customer,
  Invoice,
  Price,
  Subscription,
  SubscriptionItem,
} from './objects/billing-types';
import type { Payer, PaymentMethodUsed } from './objects/payment-method';
import { periodEnd } from './period';

/**
 * The billing objects, each made by one function: the single place where the account an object
 * belongs to (Connect's `Stripe-Account`) would be recorded.
 */

export function createCustomer(
  store: BillingStore,
  payer: Payer,
  method: PaymentMethodUsed,
  at: number,
): Customer {
  const customer: Customer = {
    id: newBillingId.customer(),
    object: 'customer',
    created: at,
    email: payer.email,
    name: payer.name,
    invoice_settings: { default_payment_method: method.id },
    metadata: {},
    livemode: false,
  };
  store.paymentMethods.set(method.id, method);
  store.customers.set(customer.id, customer);
  return customer;
}

export function createPrice(
  store: BillingStore,
  input: {
    currency: string;
    unitAmount: number;
    interval: Price['recurring']['interval'];
    intervalCount: number;
  } & ({ productName: string; productMetadata: Record<string, string> } | { productId: string }),
  at: number,
): Price {
  let productId: string;
  if ('productId' in input) {
    if (!store.products.has(input.productId)) {
      throw resourceMissing('product', input.productId, 'product');
    }
    productId = input.productId;
  } else {
    productId = newBillingId.product();
    store.products.set(productId, {
      id: productId,
      object: 'product',
      active: true,
      created: at,
      name: input.productName,
      metadata: input.productMetadata,
      livemode: false,
    });
  }
  const price: Price = {
    id: newBillingId.price(),
    object: 'price',
    active: true,
    created: at,
    currency: input.currency,
    unit_amount: input.unitAmount,
    product: productId,
    recurring: {
      interval: input.interval,
      interval_count: input.intervalCount,
      usage_type: 'licensed',
    },
    type: 'recurring',
    livemode: false,
    metadata: {},
  };
  store.prices.set(price.id, price);
  return price;
}

export function createSubscription(
  store: BillingStore,
  input: {
    customer: Customer;
    prices: { price: Price; quantity: number }[];
    metadata: Record<string, string>;
    description: string | null;
    at: number;
    offsetMs: number;
  },
): Subscription {
  const id = newBillingId.subscription();
  const first = input.prices[0]?.price ?? missingItem();
  const end = periodEnd(input.at, first.recurring.interval, first.recurring.interval_count, 1);
  const items: SubscriptionItem[] = input.prices.map(({ price, quantity }) => ({
    id: newBillingId.subscriptionItem(),
    object: 'subscription_item',
    created: input.at,
    price,
    quantity,
    subscription: id,
    current_period_start: input.at,
    current_period_end: end,
    metadata: {},
  }));
  const subscription: Subscription = {
    id,
    object: 'subscription',
    created: input.at,
    start_date: input.at,
    billing_cycle_anchor: input.at,
    customer: input.customer.id,
    currency: first.currency,
    status: 'active',
    collection_method: 'charge_automatically',
    items: {
      object: 'list',
      data: items,
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    metadata: input.metadata,
    description: input.description,
    pause_collection: null,
    cancel_at_period_end: false,
    canceled_at: null,
    ended_at: null,
    latest_invoice: null,
    default_payment_method: null,
    test_clock: null,
    livemode: false,
  };
  store.subscriptions.set(id, subscription);
  store.clocks.set(id, { offsetMs: input.offsetMs, failuresAhead: 0, periods: 1 });
  return subscription;
}

export function createInvoice(
  store: BillingStore,
  baseUrl: string,
  subscription: Subscription,
  customer: Customer,
  reason: Invoice['billing_reason'],
  at: number,
): Invoice {
  const id = newBillingId.invoice();
  const lines = subscription.items.data.map((item) => ({
    id: newBillingId.invoiceLine(),
    object: 'line_item' as const,
    amount: (item.price.unit_amount ?? 0) * item.quantity,
    currency: item.price.currency,
    description: `${item.quantity} × ${store.products.get(item.price.product)?.name ?? ''}`,
    quantity: item.quantity,
    period: { start: item.current_period_start, end: item.current_period_end },
    pricing: {
      type: 'price_details' as const,
      price_details: { price: item.price.id, product: item.price.product },
      unit_amount_decimal: String(item.price.unit_amount),
    },
  }));
  const total = lines.reduce((sum, line) => sum + line.amount, 0);
  const invoice: Invoice = {
    id,
    object: 'invoice',
    created: at,
    customer: customer.id,
    customer_email: customer.email,
    customer_name: customer.name,
    currency: subscription.currency,
    status: 'open',
    billing_reason: reason,
    collection_method: 'charge_automatically',
    amount_due: total,
    amount_paid: 0,
    amount_remaining: total,
    subtotal: total,
    total,
    attempt_count: 0,
    attempted: false,
    next_payment_attempt: null,
    period_start: lines[0]?.period.start ?? at,
    period_end: lines[0]?.period.end ?? at,
    lines: { object: 'list', data: lines, has_more: false, url: `/v1/invoices/${id}/lines` },
    parent: {
      type: 'subscription_details',
      quote_details: null,
      // Stripe copies the subscription's metadata onto each invoice as it is finalised.
      subscription_details: {
        subscription: subscription.id,
        metadata: { ...subscription.metadata },
      },
    },
    payments: {
      object: 'list',
      data: [],
      has_more: false,
      url: `/v1/invoice_payments?invoice=${id}`,
    },
    status_transitions: {
      finalized_at: at,
      paid_at: null,
      voided_at: null,
      marked_uncollectible_at: null,
    },
    hosted_invoice_url: `${baseUrl}/p/invoice/${id}`,
    metadata: {},
    number: `EMU-${String(store.invoices.size + 1).padStart(4, '0')}`,
    livemode: false,
  };
  store.invoices.set(id, invoice);
  subscription.latest_invoice = id;
  return invoice;
}

export function missingItem(): never {
  throw new Error('a subscription needs at least one item');
}
