import type { BillingGateway } from './billing-gateway';
import type { CheckoutState } from './checkout';
import type { Frequency } from './donation';
import type { FeeModel } from './fees';
import type { Locale } from './locale';

/** The payment processor, as the domain sees it. Implemented by the Stripe adapter. */
export interface PaymentGateway extends BillingGateway {
  createCheckout(input: {
    pledgeId: string;
    orgName: string;
    campaignTitle: string;
    currency: string;
    gift: number;
    feeCover: number;
    /** The fee cover's line on Checkout, in the donor's language. */
    feeCoverLabel: string;
    locale: Locale;
    successUrl: string;
    cancelUrl: string;
    /** `monthly` opens a subscription: the gift and the fee cover recur each month. */
    frequency?: Frequency;
    /** The organisation's connected Stripe account, when it has one. */
    account?: string;
  }): Promise<{ sessionId: string; url: string; checkoutLocale: string }>;
  getCheckout(sessionId: string): Promise<CheckoutState>;
  /** Verifies a webhook's signature over the raw body; throws WebhookSignatureError if bad. */
  parseWebhook(payload: string, signatureHeader: string | undefined): WebhookEvent;
}

/** The webhook events the service acts on; any other type arrives as `other` and is ignored. */
export type WebhookEvent =
  | {
      id: string;
      type:
        | 'checkout.session.completed'
        | 'checkout.session.async_payment_succeeded'
        | 'checkout.session.async_payment_failed'
        | 'checkout.session.expired';
      sessionId: string;
    }
  | { id: string; type: 'invoice.paid' | 'invoice.payment_failed'; invoiceId: string }
  | {
      id: string;
      type: 'customer.subscription.updated' | 'customer.subscription.deleted';
      subscriptionId: string;
    }
  | { id: string; type: 'other'; stripeType: string };

/** The payment side of the service: the processor and what it charges. */
export type Payments = { gateway: PaymentGateway; feeModel: FeeModel };
