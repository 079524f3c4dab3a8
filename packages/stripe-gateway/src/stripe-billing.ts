import {
  type BillingGateway,
  type InvoiceState,
  type MonthlyStatus,
  type SubscriptionState,
  ValidationError,
} from '@haven/core';
import type Stripe from 'stripe';
import { sumByPart } from './billing-parts';
import { checkoutLocale } from './checkout-locale';
import { call } from './stripe-call';

const on = (account: string | undefined): Stripe.RequestOptions =>
  account ? { stripeAccount: account } : {};
const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id);

const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;

/** Stripe Billing behind the domain's BillingGateway port. */
export function stripeBilling(stripe: Stripe): BillingGateway {
  const product = (account: string | undefined) => (id: string) =>
    call(() => stripe.products.retrieve(id, {}, on(account)));

  async function subscriptionState(
    subscription: Stripe.Subscription,
    account: string | undefined,
  ): Promise<SubscriptionState> {
    const { gift, feeCover } = await sumByPart(
      subscription.items.data.map((item) => ({
        product: item.price.product,
        amount: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
      })),
      product(account),
    );
    return {
      subscriptionId: subscription.id,
      customerId: idOf(subscription.customer),
      pledgeId: subscription.metadata.pledgeId,
      status: monthlyStatus(subscription),
      currency: subscription.currency.toUpperCase(),
      parts: { gift, feeCover },
    };
  }

  const retrieve = (subscriptionId: string, account: string | undefined) =>
    call(() => stripe.subscriptions.retrieve(subscriptionId, {}, on(account)));

  return {
    async getInvoice({ invoiceId, account }): Promise<InvoiceState> {
      const invoice = await call(() =>
        stripe.invoices.retrieve(invoiceId, { expand: ['payments'] }, on(account)),
      );
      const details = invoice.parent?.subscription_details;
      const { gift, feeCover } = await sumByPart(
        invoice.lines.data.map((line) => ({
          product: line.pricing?.price_details?.product ?? '',
          amount: line.amount,
        })),
        product(account),
      );
      const paid =
        invoice.payments?.data.find((payment) => payment.status === 'paid') ??
        invoice.payments?.data[0];
      const intentId = paid?.payment.payment_intent;
      const settlement =
        invoice.status === 'paid' && intentId
          ? await settlementOf(stripe, idOf(intentId), account)
          : undefined;
      return {
        invoiceId: invoice.id,
        subscriptionId: details ? idOf(details.subscription) : '',
        pledgeId: details?.metadata?.pledgeId,
        status: INVOICE_STATUSES.find((status) => status === invoice.status) ?? 'draft',
        currency: invoice.currency.toUpperCase(),
        parts: { gift, feeCover },
        hostedInvoiceUrl: invoice.hosted_invoice_url ?? undefined,
        settlement,
        customer: {
          email: invoice.customer_email ?? undefined,
          name: invoice.customer_name ?? undefined,
        },
      };
    },

    async getSubscription({ subscriptionId, account }) {
      return subscriptionState(await retrieve(subscriptionId, account), account);
    },

    async changeSubscriptionAmount({ subscriptionId, gift, feeCover, account }) {
      const subscription = await retrieve(subscriptionId, account);
      const { parts } = await sumByPart(
        subscription.items.data.map((item) => ({ product: item.price.product, amount: 0 })),
        product(account),
      );
      const items = subscription.items.data.map((item, i) => {
        const amount = parts[i] === 'fee_cover' ? feeCover : gift;
        return {
          id: item.id,
          price_data: {
            currency: item.price.currency,
            unit_amount: amount,
            product: idOf(item.price.product),
            recurring: { interval: item.price.recurring?.interval ?? 'month' },
          },
        };
      });
      if (feeCover > 0 && !parts.includes('fee_cover')) {
        throw new ValidationError('this monthly gift has no fee cover to change');
      }
      const updated = await call(() =>
        stripe.subscriptions.update(
          subscriptionId,
          // The new amount starts with the next instalment: nothing is charged or credited now.
          { items, proration_behavior: 'none' },
          on(account),
        ),
      );
      return subscriptionState(updated, account);
    },

    async pauseSubscription({ subscriptionId, account }) {
      const updated = await call(() =>
        stripe.subscriptions.update(
          subscriptionId,
          // `void`: the months paused are not owed later.
          { pause_collection: { behavior: 'void' } },
          on(account),
        ),
      );
      return subscriptionState(updated, account);
    },

    async resumeSubscription({ subscriptionId, account }) {
      const updated = await call(() =>
        stripe.subscriptions.update(subscriptionId, { pause_collection: '' }, on(account)),
      );
      return subscriptionState(updated, account);
    },

    async cancelSubscription({ subscriptionId, account }) {
      const current = await retrieve(subscriptionId, account);
      if (current.status === 'canceled') return subscriptionState(current, account);
      const canceled = await call(() =>
        stripe.subscriptions.cancel(subscriptionId, {}, on(account)),
      );
      return subscriptionState(canceled, account);
    },

    async cardUpdateUrl({ customerId, returnUrl, locale, account }) {
      const session = await call(() =>
        stripe.billingPortal.sessions.create(
          { customer: customerId, return_url: returnUrl, locale: checkoutLocale(locale) },
          on(account),
        ),
      );
      return session.url;
    },
  };
}

async function settlementOf(stripe: Stripe, intentId: string, account: string | undefined) {
  const intent = await call(() =>
    stripe.paymentIntents.retrieve(
      intentId,
      { expand: ['latest_charge.balance_transaction'] },
      on(account),
    ),
  );
  const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  const balance =
    charge && typeof charge.balance_transaction === 'object' ? charge.balance_transaction : null;
  if (!charge || !balance) return undefined;
  return {
    paymentIntentId: intent.id,
    chargeId: charge.id,
    gross: charge.amount,
    fee: balance.fee,
    net: balance.net,
    currency: balance.currency.toUpperCase(),
    paidAt: new Date(charge.created * 1000).toISOString(),
  };
}

/** Stripe's statuses in the domain's words; a paused collection reads as paused. */
function monthlyStatus(subscription: Stripe.Subscription): MonthlyStatus {
  switch (subscription.status) {
    case 'canceled':
    case 'incomplete_expired':
      return 'canceled';
    case 'past_due':
    case 'unpaid':
    case 'incomplete':
      return 'past_due';
    case 'paused':
      return 'paused';
    default:
      return subscription.pause_collection ? 'paused' : 'active';
  }
}
