import { attemptInvoicePayment } from './billing-charge';
import {
  createCustomer,
  createInvoice,
  createPrice,
  createSubscription,
  missingItem,
} from './billing-objects';
import type { PortalSessionParams, SubscriptionUpdateParams } from './billing-params';
import { invalidRequest, resourceMissing } from './errors';
import type { FeeModel } from './fees';
import { newBillingId, newId } from './ids';
import { type BillingEventType, buildBillingEvent } from './objects/billing-event';
import type { Customer, Invoice, PortalSession, Subscription } from './objects/billing-types';
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
    const customer = createCustomer(this.billing, payer, method, at);
    const items = record.params.line_items.map((item) =>
      createPrice(
        this.billing,
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
    const subscription = createSubscription(this.billing, {
      customer,
      prices: record.params.line_items.map((item, i) => ({
        price: items[i] ?? missingItem(),
        quantity: item.quantity,
      })),
      metadata: record.params.subscription_data?.metadata ?? {},
      description: record.params.subscription_data?.description ?? null,
      at,
      offsetMs: (at - clockNow) * 1000,
    });
    const invoice = createInvoice(
      this.billing,
      this.baseUrl(),
      subscription,
      customer,
      'subscription_create',
      at,
    );
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
    const invoice = createInvoice(
      this.billing,
      this.baseUrl(),
      subscription,
      customer,
      'subscription_cycle',
      start,
    );
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
    item.price = createPrice(
      this.billing,
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
    if (!first) return missingItem();
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
}
