import type { CheckoutState } from './checkout';
import type { FeeModel } from './fees';
import type { MoneyGateway, MoneyWebhookEvent } from './ledger/gateway';
import type { Locale } from './locale';

/** The payment processor, as the domain sees it. Implemented by the Stripe adapter. */
export interface PaymentGateway extends MoneyGateway {
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
  | MoneyWebhookEvent
  | { id: string; type: 'other'; stripeType: string };

/** The payment side of the service: the processor and what it charges. */
export type Payments = { gateway: PaymentGateway; feeModel: FeeModel };
