import type { CheckoutPayment, CheckoutState } from '@haven/core';
import type Stripe from 'stripe';
import { customerDetails } from './customer-details';

/**
 * Reads what the service needs from a session retrieved with
 * `expand: ['payment_intent.latest_charge.balance_transaction']`. Narrowing, not casting: an
 * unexpanded or missing object simply leaves the settlement out.
 */
export function toCheckoutState(session: Stripe.Checkout.Session): CheckoutState {
  const intent = typeof session.payment_intent === 'object' ? session.payment_intent : null;
  const charge = intent && typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  const balance =
    charge && typeof charge.balance_transaction === 'object' ? charge.balance_transaction : null;
  return {
    sessionId: session.id,
    pledgeId: session.client_reference_id ?? session.metadata?.pledgeId ?? undefined,
    status: oneOf(session.status, ['open', 'complete', 'expired'], 'open'),
    paymentStatus: oneOf(
      session.payment_status,
      ['paid', 'unpaid', 'no_payment_required'],
      'unpaid',
    ),
    amountTotal: session.amount_total ?? 0,
    currency: (session.currency ?? '').toUpperCase(),
    payment: intent ? checkoutPayment(intent.status) : 'none',
    settlement:
      intent && charge && balance
        ? {
            paymentIntentId: intent.id,
            chargeId: charge.id,
            gross: charge.amount,
            fee: balance.fee,
            net: balance.net,
            currency: balance.currency.toUpperCase(),
            paidAt: charge.created ? new Date(charge.created * 1000).toISOString() : undefined,
          }
        : undefined,
    customer: customerDetails(session.customer_details),
    ...(session.subscription && session.customer
      ? {
          subscription: {
            id: idOf(session.subscription),
            customerId: idOf(session.customer),
          },
        }
      : {}),
  };
}

/**
 * Where the PaymentIntent stands, in the domain's words. A bank debit is `processing` for days;
 * when it fails the intent goes back to `requires_payment_method`; `canceled` is final. Every
 * other status (awaiting an action, a capture) is a payment still on its way.
 */
export function checkoutPayment(status: Stripe.PaymentIntent.Status): CheckoutPayment {
  switch (status) {
    case 'succeeded':
      return 'succeeded';
    case 'requires_payment_method':
    case 'canceled':
      return 'failed';
    default:
      return 'settling';
  }
}

/** Stripe may add states; one we don't know is treated as the safe default (not paid). */
function oneOf<T extends string>(value: string | null, known: readonly T[], fallback: T): T {
  return known.find((candidate) => candidate === value) ?? fallback;
}

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id);
