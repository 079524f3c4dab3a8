import type { CheckoutState } from '@haven/core';
import type Stripe from 'stripe';

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
    paymentIntentStatus: intent?.status,
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
    customer: {
      email: session.customer_details?.email ?? undefined,
      name: session.customer_details?.name ?? undefined,
    },
  };
}

/** Stripe may add states; one we don't know is treated as the safe default (not paid). */
function oneOf<T extends string>(value: string | null, known: readonly T[], fallback: T): T {
  return known.find((candidate) => candidate === value) ?? fallback;
}
