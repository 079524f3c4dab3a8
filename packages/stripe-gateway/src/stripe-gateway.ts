import {
  NotFoundError,
  type PaymentGateway,
  PaymentProviderBusyError,
  PaymentProviderError,
  type WebhookEvent,
  WebhookSignatureError,
} from '@haven/core';
import Stripe from 'stripe';
import { checkoutLocale } from './checkout-locale';
import { toCheckoutState } from './checkout-state';
import { moneyEvent, moneyGateway } from './money-gateway';

/** Stripe behind the domain's PaymentGateway port. */
export function stripeGateway(stripe: Stripe, options: { webhookSecret?: string }): PaymentGateway {
  return {
    ...moneyGateway(stripe),
    async createCheckout(input) {
      const locale = checkoutLocale(input.locale);
      const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = [
        {
          quantity: 1,
          price_data: {
            currency: input.currency.toLowerCase(),
            unit_amount: input.gift,
            product_data: { name: `${input.campaignTitle} — ${input.orgName}` },
          },
        },
      ];
      if (input.feeCover > 0) {
        lineItems.push({
          quantity: 1,
          price_data: {
            currency: input.currency.toLowerCase(),
            unit_amount: input.feeCover,
            product_data: { name: input.feeCoverLabel },
          },
        });
      }
      const session = await call(() =>
        stripe.checkout.sessions.create(
          {
            mode: 'payment',
            submit_type: 'donate',
            locale,
            line_items: lineItems,
            client_reference_id: input.pledgeId,
            metadata: { pledgeId: input.pledgeId },
            payment_intent_data: { metadata: { pledgeId: input.pledgeId } },
            success_url: input.successUrl,
            cancel_url: input.cancelUrl,
          },
          // The pledge id makes a retried request create no second session.
          { idempotencyKey: `checkout-${input.pledgeId}` },
        ),
      );
      if (!session.url) throw new PaymentProviderError('Stripe returned a session without a URL');
      return { sessionId: session.id, url: session.url, checkoutLocale: locale };
    },

    async getCheckout(sessionId) {
      const session = await call(() =>
        stripe.checkout.sessions.retrieve(sessionId, {
          expand: ['payment_intent.latest_charge.balance_transaction'],
        }),
      );
      return toCheckoutState(session);
    },

    parseWebhook(payload, signatureHeader): WebhookEvent {
      if (!options.webhookSecret) throw new Error('no webhook secret configured');
      if (!signatureHeader) throw new WebhookSignatureError('missing Stripe-Signature header');
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(payload, signatureHeader, options.webhookSecret);
      } catch (error) {
        throw new WebhookSignatureError('webhook signature did not verify', { cause: error });
      }
      switch (event.type) {
        case 'checkout.session.completed':
        case 'checkout.session.async_payment_succeeded':
        case 'checkout.session.async_payment_failed':
        case 'checkout.session.expired':
          return { id: event.id, type: event.type, sessionId: event.data.object.id };
        default:
          return moneyEvent(event) ?? { id: event.id, type: 'other', stripeType: event.type };
      }
    },
  };
}

/** Stripe's own errors become the domain's: transient ones say "retry", others pass through. */
export async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeRateLimitError) {
      throw new PaymentProviderBusyError(error.message, { cause: error });
    }
    if (
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError
    ) {
      throw new PaymentProviderError(error.message, { cause: error });
    }
    if (
      error instanceof Stripe.errors.StripeInvalidRequestError &&
      error.code === 'resource_missing'
    ) {
      throw new NotFoundError(error.message, { cause: error });
    }
    throw error;
  }
}
