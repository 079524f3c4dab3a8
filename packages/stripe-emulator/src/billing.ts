import { attemptInvoicePayment } from './billing-charge';
import type { PortalSessionParams, SubscriptionUpdateParams } from './billing-params';
import { invalidRequest, resourceMissing } from './errors';
import type { FeeModel } from './fees';
import { newBillingId, newId } from './ids';
import { type BillingEventType, buildBillingEvent } from './objects/billing-event';
import type {
  Customer,
  Invoice,
  PortalSession,
  Price,
  Subscription,
  SubscriptionItem,
} from './objects/billing-types';
import type { EventRequest } from './objects/event';
import type { Payer, PaymentMethodUsed } from './objects/payment-method';
import { periodEnd } from './period';
import { recordEvent } from './record-event';
import type { SessionRecord, Store } from './store';
import type { WebhookDispatcher } from './webhooks';

const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };
const seconds = (ms: number) => Math.floor(ms / 1000);

/**
 * Subscriptions as Stripe Billing runs them, on the emulator's clock: Checkout in subscription
 * mode starts one and pays its first invoice; each period's end makes the next invoice and
 * charges the customer's card; a declined renewal leaves the invoice open and the subscription
 * `past_due` until an invoice is paid. A subscription started with `paid_at` runs on its own
 * clock set to that time (as a Stripe test clock), which every clock advance moves too.
 * Each object is made by one `create…` method, the single place an account would be added.
 */
export class Billing {
  constructor(
    private readonly store: Store,
    private readonly webhooks: WebhookDispatcher,
    private readonly fees: FeeModel,
    private readonly baseUrl: () => string,
  ) {}

  private get billing() {
    return this.store.billing;
  }

  /** Checkout paid in subscription mode: customer, prices, subscription, first invoice paid. */
  subscribe(
    record: SessionRecord,
    payer: Payer,
    method: PaymentMethodUsed,
    startedAt: number | undefined,
  ): { subscription: Subscription; invoice: Invoice; eventIds: string[] } {
    const clockNow = seconds(this.webhooks.now());
    const at = startedAt ?? clockNow;
    const customer = this.createCustomer(payer, method, at);
    const items = record.params.line_items.map((item) =>
      this.createPrice(
        {
          currency: item.price_data.currency,
          unitAmount: item.price_data.unit_amount,
          productName: item.price_data.product_data.name,
          productMetadata: item.price_data.product_data.metadata ?? {},
          interval: item.price_data.recurring?.interval ?? 'month',
          intervalCount: item.price_data.recurring?.interval_count ?? 1,
        },
        at,
      ),
    );
    const subscription = this.createSubscription({
      customer,
      prices: record.params.line_items.map((item, i) => ({
        price: items[i] ?? this.missing(),
        quantity: item.quantity,
      })),
      metadata: record.params.subscription_data?.metadata ?? {},
      description: record.params.subscription_data?.description ?? null,
      at,
      offsetMs: (at - clockNow) * 1000,
    });
    const invoice = this.createInvoice(subscription, customer, 'subscription_create', at);
    this.charge(invoice, subscription, customer, at, true);
    record.session.customer = customer.id;
    record.session.subscription = subscription.id;
    record.session.invoice = invoice.id;
    const eventIds = [
      this.emit('customer.subscription.created', subscription, at),
      this.emit('invoice.paid', invoice, at),
    ];
    return { subscription, invoice, eventIds };
  }

  /** When the next renewal falls due on the emulator's clock (ms), if any subscription renews. */
  nextRenewalAt(): number | undefined {
    let next: number | undefined;
    for (const subscription of this.billing.subscriptions.values()) {
      if (subscription.status === 'canceled') continue;
      const due = this.periodEndOf(subscription) * 1000 - this.clockOf(subscription.id).offsetMs;
      if (next === undefined || due < next) next = due;
    }
    return next;
  }

  /** Renews every subscription whose period has ended by now; answers the events it caused. */
  renewDue(): string[] {
    const eventIds: string[] = [];
    for (const subscription of this.billing.subscriptions.values()) {
      if (subscription.status === 'canceled') continue;
      const clock = this.clockOf(subscription.id);
      while (this.periodEndOf(subscription) * 1000 <= this.webhooks.now() + clock.offsetMs) {
        eventIds.push(...this.renew(subscription));
      }
    }
    return eventIds;
  }

  /** The next `count` renewals of this subscription are declined, as an expired card would be. */
  failRenewals(id: string, count: number): Subscription {
    const subscription = this.getSubscription(id);
    this.clockOf(id).failuresAhead = count;
    return subscription;
  }

  update(id: string, params: SubscriptionUpdateParams, request: EventRequest): Subscription {
    const subscription = this.getSubscription(id);
    if (subscription.status === 'canceled') {
      throw invalidRequest(
        'A canceled subscription can only update its cancellation_details and metadata.',
        'id',
      );
    }
    if (params.items && params.proration_behavior !== 'none') {
      throw invalidRequest(
        'The Haven Stripe emulator changes prices from the next invoice only: pass proration_behavior=none.',
        'proration_behavior',
      );
    }
    const previous: Record<string, unknown> = {};
    if (params.items) {
      previous.items = structuredClone(subscription.items);
      for (const change of params.items) this.changeItem(subscription, change);
    }
    if (params.pause_collection !== undefined) {
      previous.pause_collection = subscription.pause_collection;
      subscription.pause_collection = params.pause_collection
        ? {
            behavior: params.pause_collection.behavior,
            resumes_at: params.pause_collection.resumes_at ?? null,
          }
        : null;
    }
    if (params.metadata) {
      previous.metadata = subscription.metadata;
      subscription.metadata = { ...subscription.metadata, ...params.metadata };
    }
    if (Object.keys(previous).length > 0) {
      this.emit('customer.subscription.updated', subscription, this.timeOf(id), previous, request);
    }
    return subscription;
  }

  cancel(id: string, request: EventRequest): Subscription {
    const subscription = this.getSubscription(id);
    if (subscription.status === 'canceled') {
      throw invalidRequest('This subscription is already canceled.', 'id', 'resource_missing');
    }
    const at = this.timeOf(id);
    Object.assign(subscription, { status: 'canceled', canceled_at: at, ended_at: at });
    this.emit('customer.subscription.deleted', subscription, at, undefined, request);
    return subscription;
  }

  /** `POST /v1/invoices/:id/pay`: charges an open invoice again with the customer's card. */
  payInvoice(id: string): Invoice {
    const invoice = this.billing.invoices.get(id);
    if (!invoice) throw resourceMissing('invoice', id, 'invoice');
    if (invoice.status !== 'open') {
      throw invalidRequest(
        'Invoice is already paid',
        'invoice',
        'invoice_payment_intent_requires_action',
      );
    }
    const subscription = this.getSubscription(invoice.parent.subscription_details.subscription);
    const customer = this.getCustomer(subscription.customer);
    this.charge(invoice, subscription, customer, this.timeOf(subscription.id), true);
    this.emit('invoice.paid', invoice, this.timeOf(subscription.id));
    this.settleStatus(subscription);
    return invoice;
  }

  createPortalSession(params: PortalSessionParams): PortalSession {
    this.getCustomer(params.customer);
    const id = newBillingId.portalSession();
    const session: PortalSession = {
      id,
      object: 'billing_portal.session',
      created: seconds(Date.now()),
      customer: params.customer,
      locale: params.locale ?? null,
      return_url: params.return_url ?? null,
      url: `${this.baseUrl()}/p/session/${id}`,
      livemode: false,
    };
    this.billing.portalSessions.set(id, session);
    return session;
  }

  /** The portal's "update payment method": the new card is the default, and open invoices are paid with it. */
  updateDefaultCard(customerId: string, method: PaymentMethodUsed): Invoice[] {
    const customer = this.getCustomer(customerId);
    this.billing.paymentMethods.set(method.id, method);
    customer.invoice_settings.default_payment_method = method.id;
    const open = [...this.billing.invoices.values()].filter(
      (invoice) => invoice.customer === customerId && invoice.status === 'open',
    );
    return open.map((invoice) => this.payInvoice(invoice.id));
  }

  getSubscription(id: string): Subscription {
    const subscription = this.billing.subscriptions.get(id);
    if (!subscription) throw resourceMissing('subscription', id);
    return subscription;
  }

  getCustomer(id: string): Customer {
    const customer = this.billing.customers.get(id);
    if (!customer) throw resourceMissing('customer', id, 'customer');
    return customer;
  }

  private createCustomer(payer: Payer, method: PaymentMethodUsed, at: number): Customer {
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
    this.billing.paymentMethods.set(method.id, method);
    this.billing.customers.set(customer.id, customer);
    return customer;
  }

  private createPrice(
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
      if (!this.billing.products.has(input.productId)) {
        throw resourceMissing('product', input.productId, 'product');
      }
      productId = input.productId;
    } else {
      productId = newBillingId.product();
      this.billing.products.set(productId, {
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
    this.billing.prices.set(price.id, price);
    return price;
  }

  private createSubscription(input: {
    customer: Customer;
    prices: { price: Price; quantity: number }[];
    metadata: Record<string, string>;
    description: string | null;
    at: number;
    offsetMs: number;
  }): Subscription {
    const id = newBillingId.subscription();
    const first = input.prices[0]?.price ?? this.missing();
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
    this.billing.subscriptions.set(id, subscription);
    this.billing.clocks.set(id, { offsetMs: input.offsetMs, failuresAhead: 0, periods: 1 });
    return subscription;
  }

  private createInvoice(
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
      description: `${item.quantity} × ${this.billing.products.get(item.price.product)?.name ?? ''}`,
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
      hosted_invoice_url: `${this.baseUrl()}/p/invoice/${id}`,
      metadata: {},
      number: `EMU-${String(this.billing.invoices.size + 1).padStart(4, '0')}`,
      livemode: false,
    };
    this.billing.invoices.set(id, invoice);
    subscription.latest_invoice = id;
    return invoice;
  }

  private renew(subscription: Subscription): string[] {
    const clock = this.clockOf(subscription.id);
    const start = this.periodEndOf(subscription);
    clock.periods += 1;
    const end = this.periodEndOf(subscription);
    for (const item of subscription.items.data) {
      item.current_period_start = start;
      item.current_period_end = end;
    }
    // Collection paused with `void`: the period passes and no invoice is paid.
    if (subscription.pause_collection) return [];
    const customer = this.getCustomer(subscription.customer);
    const invoice = this.createInvoice(subscription, customer, 'subscription_cycle', start);
    const succeeds = clock.failuresAhead === 0;
    if (!succeeds) clock.failuresAhead -= 1;
    this.charge(invoice, subscription, customer, start, succeeds);
    const eventIds = [
      this.emit(succeeds ? 'invoice.paid' : 'invoice.payment_failed', invoice, start),
    ];
    const moved = this.settleStatus(subscription);
    return moved ? [...eventIds, moved] : eventIds;
  }

  /** `past_due` while any of its invoices is open, `active` once none is. */
  private settleStatus(subscription: Subscription): string | undefined {
    const open = [...this.billing.invoices.values()].some(
      (invoice) =>
        invoice.status === 'open' &&
        invoice.parent.subscription_details.subscription === subscription.id,
    );
    const status = open ? 'past_due' : 'active';
    if (subscription.status === status || subscription.status === 'canceled') return undefined;
    const previous = { status: subscription.status };
    subscription.status = status;
    return this.emit(
      'customer.subscription.updated',
      subscription,
      this.timeOf(subscription.id),
      previous,
    );
  }

  private charge(
    invoice: Invoice,
    subscription: Subscription,
    customer: Customer,
    at: number,
    succeeds: boolean,
  ): void {
    const methodId = customer.invoice_settings.default_payment_method;
    const method = methodId ? this.billing.paymentMethods.get(methodId) : undefined;
    if (!method) throw invalidRequest('The customer has no default payment method.', 'customer');
    attemptInvoicePayment(this.store, this.fees, {
      invoice,
      method,
      payer: { email: customer.email, name: customer.name },
      customerId: customer.id,
      metadata: subscription.metadata,
      at,
      succeeds,
    });
  }

  private changeItem(
    subscription: Subscription,
    change: NonNullable<SubscriptionUpdateParams['items']>[number],
  ): void {
    const item = subscription.items.data.find((candidate) => candidate.id === change.id);
    if (!item) throw resourceMissing('subscription_item', change.id, 'items');
    if (change.quantity !== undefined) item.quantity = change.quantity;
    if (!change.price_data) return;
    const { price_data: data } = change;
    if (data.currency !== subscription.currency) {
      throw invalidRequest('A subscription keeps one currency.', 'items[price_data][currency]');
    }
    item.price = this.createPrice(
      {
        currency: data.currency,
        unitAmount: data.unit_amount,
        productId: data.product,
        interval: data.recurring.interval,
        intervalCount: data.recurring.interval_count ?? 1,
      },
      this.timeOf(subscription.id),
    );
  }

  private periodEndOf(subscription: Subscription): number {
    const first = subscription.items.data[0];
    if (!first) return this.missing();
    const { interval, interval_count: count } = first.price.recurring;
    return periodEnd(
      subscription.billing_cycle_anchor,
      interval,
      count,
      this.clockOf(subscription.id).periods,
    );
  }

  private clockOf(id: string) {
    const clock = this.billing.clocks.get(id);
    if (!clock) throw resourceMissing('subscription', id);
    return clock;
  }

  /** The subscription's own time, in seconds. */
  private timeOf(id: string): number {
    return seconds(this.webhooks.now() + this.clockOf(id).offsetMs);
  }

  private emit(
    type: BillingEventType,
    object: Invoice | Subscription,
    created: number,
    previous?: Record<string, unknown>,
    request: EventRequest = NO_REQUEST,
  ): string {
    const chainKey =
      object.object === 'invoice' ? object.parent.subscription_details.subscription : object.id;
    const event = buildBillingEvent({
      id: newId.event(),
      type,
      object,
      previous,
      created,
      request,
      pendingWebhooks: this.webhooks.enabled ? 1 : 0,
    });
    return recordEvent(this.store, this.webhooks, event, chainKey);
  }

  private missing(): never {
    throw new Error('a subscription needs at least one item');
  }
}
