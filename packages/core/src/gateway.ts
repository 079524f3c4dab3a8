import type { BillingGateway } from './billing-gateway';
import type { CheckoutState } from './checkout';
import type { StripeAccountState } from './connect';
import type { Frequency } from './donation';
import type { FeeModel } from './fees';
import type { MoneyGateway, MoneyWebhookEvent } from './ledger/gateway';
import type { Locale } from './locale';

/** The payment processor, as the domain sees it. Implemented by the Stripe adapter. */
export interface PaymentGateway extends BillingGateway, MoneyGateway {
  /**
   * `account`: the organisation's connected account, on which the session is a direct charge
   * (Connect); absent, the service's own account (a deployment for one NGO).
   */
  createCheckout(input: {
    account?: string;
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
  }): Promise<{ sessionId: string; url: string; checkoutLocale: string }>;
  /** A session of `account` (Connect), else of the service's own account. */
  getCheckout(sessionId: string, account?: string): Promise<CheckoutState>;
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
  | MoneyWebhookEvent
  | { id: string; type: 'other'; stripeType: string };

/**
 * Stripe Connect, as the platform sees it: each organisation's own Standard account, its
 * onboarding, and the events of connected accounts (their own endpoint and signing secret).
 */
export interface ConnectGateway {
  createAccount(input: {
    orgSlug: string;
    country: string;
    name: string;
    email?: string;
  }): Promise<StripeAccountState>;
  /** A one-time onboarding link; Stripe sends the owner back to `returnUrl` (or `refreshUrl`). */
  createOnboardingLink(input: {
    accountId: string;
    returnUrl: string;
    refreshUrl: string;
  }): Promise<{ url: string }>;
  getAccount(accountId: string): Promise<StripeAccountState>;
  /** Verifies with the Connect endpoint's secret; every event it answers names its account. */
  parseWebhook(payload: string, signatureHeader: string | undefined): ConnectWebhookEvent;
}

export type ConnectWebhookEvent =
  | (Exclude<WebhookEvent, { type: 'other' }> & { account: string })
  | { id: string; type: 'account.updated'; account: string }
  | { id: string; type: 'other'; stripeType: string; account: string | undefined };

/**
 * The payment side of the service: the processor and what it charges. With `connect`, every
 * gift is a direct charge on its organisation's own account; without it (one NGO), on the
 * service's own.
 */
export type Payments = { gateway: PaymentGateway; feeModel: FeeModel; connect?: ConnectGateway };
