import type {
  Customer,
  Invoice,
  PortalSession,
  Price,
  Product,
  Subscription,
} from './objects/billing-types';
import type { PaymentMethodUsed } from './objects/payment-method';

/** How a subscription renews on the emulator's clock (see Billing). */
export type SubscriptionClock = {
  /** The subscription's own time minus the emulator's clock, like a Stripe test clock's frozen time. */
  offsetMs: number;
  /** Renewals still to fail, as asked through the control API. */
  failuresAhead: number;
  /** Periods begun so far: the current one ends that many intervals after the anchor. */
  periods: number;
};

/** Customers, prices, subscriptions, invoices and portal sessions, in memory. */
export class BillingStore {
  readonly customers = new Map<string, Customer>();
  readonly products = new Map<string, Product>();
  readonly prices = new Map<string, Price>();
  readonly subscriptions = new Map<string, Subscription>();
  readonly clocks = new Map<string, SubscriptionClock>();
  readonly invoices = new Map<string, Invoice>();
  readonly paymentMethods = new Map<string, PaymentMethodUsed>();
  readonly portalSessions = new Map<string, PortalSession>();
}
