import type { Locale } from './locale';
import type { InvoiceState, SubscriptionState } from './monthly';

/** Which account a call acts on: the organisation's connected account, or the platform's own. */
export type OnAccount = { account?: string };

/** Monthly gifts at the processor: read an instalment or a subscription, and change one. */
export interface BillingGateway {
  getInvoice(input: { invoiceId: string } & OnAccount): Promise<InvoiceState>;
  getSubscription(input: { subscriptionId: string } & OnAccount): Promise<SubscriptionState>;
  /** From the next instalment on, with no proration: this month's stays as it was. */
  changeSubscriptionAmount(
    input: { subscriptionId: string; gift: number; feeCover: number } & OnAccount,
  ): Promise<SubscriptionState>;
  pauseSubscription(input: { subscriptionId: string } & OnAccount): Promise<SubscriptionState>;
  resumeSubscription(input: { subscriptionId: string } & OnAccount): Promise<SubscriptionState>;
  cancelSubscription(input: { subscriptionId: string } & OnAccount): Promise<SubscriptionState>;
  /** A page at the processor where the donor changes the card; it sends them back to `returnUrl`. */
  cardUpdateUrl(
    input: { customerId: string; returnUrl: string; locale: Locale } & OnAccount,
  ): Promise<string>;
}
