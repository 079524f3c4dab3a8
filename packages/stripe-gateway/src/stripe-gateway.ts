import {
  type PaymentGateway,
  PaymentProviderError,
  type WebhookEvent,
  WebhookSignatureError,
} from '@haven/core';
import type Stripe from 'stripe';
import { PART_KEY } from './billing-parts';
import { callStripe as call } from './call';
import { checkoutLocale } from './checkout-locale';
import { toCheckoutState } from './checkout-state';
import { moneyGateway } from './money-gateway';
import { stripeBilling } from './stripe-billing';
import { toWebhookEvent } from './webhook-event';

/** Stripe behind the domain's PaymentGateway port. */
export function stripeGateway(stripe: Stripe, options: { webhookSecret?: string }): PaymentGateway {
  return {
    ...stripeBilling(stripe),
    ...moneyGateway(stripe),
    async createCheckout(input) {
      if (input.frequency === 'monthly') return createMonthlyCheckout(stripe, input);
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
          // The pledge id makes a retried request create no second session. With Connect the
          // session is a direct charge on the organisation's own account.
          {
            idempotencyKey: `checkout-${input.pledgeId}`,
            ...(input.account ? { stripeAccount: input.account } : {}),
          },
        ),
      );
      if (!session.url) throw new PaymentProviderError('Stripe returned a session without a URL');
      return { sessionId: session.id, url: session.url, checkoutLocale: locale };
    },

    async getCheckout(sessionId, account) {
      const session = await call(() =>
        stripe.checkout.sessions.retrieve(
          sessionId,
          { expand: ['payment_intent.latest_charge.balance_transaction'] },
          account ? { stripeAccount: account } : {},
        ),
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
      return toWebhookEvent(event);
    },
  };
}

type CheckoutInput = Parameters<PaymentGateway['createCheckout']>[0];

/**
 * A monthly gift: Checkout in subscription mode with the donor's own amount as a recurring price,
 * the fee cover as its own recurring line, and the pledge id on the subscription, which Stripe
 * copies onto every invoice it makes, so each instalment finds its pledge.
 */
async function createMonthlyCheckout(stripe: Stripe, input: CheckoutInput) {
  const locale = checkoutLocale(input.locale);
  const line = (amount: number, name: string, part: string) => ({
    quantity: 1,
    price_data: {
      currency: input.currency.toLowerCase(),
      unit_amount: amount,
      recurring: { interval: 'month' as const },
      product_data: { name, metadata: { [PART_KEY]: part } },
    },
  });
  const lineItems = [line(input.gift, `${input.campaignTitle} — ${input.orgName}`, 'gift')];
  if (input.feeCover > 0) lineItems.push(line(input.feeCover, input.feeCoverLabel, 'fee_cover'));
  const session = await call(() =>
    stripe.checkout.sessions.create(
      {
        mode: 'subscription',
        locale,
        line_items: lineItems,
        client_reference_id: input.pledgeId,
        metadata: { pledgeId: input.pledgeId },
        subscription_data: { metadata: { pledgeId: input.pledgeId } },
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
      },
      {
        idempotencyKey: `checkout-${input.pledgeId}`,
        ...(input.account ? { stripeAccount: input.account } : {}),
      },
    ),
  );
  if (!session.url) throw new PaymentProviderError('Stripe returned a session without a URL');
  return { sessionId: session.id, url: session.url, checkoutLocale: locale };
}
