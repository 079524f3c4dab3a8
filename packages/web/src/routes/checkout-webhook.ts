import type { Payments, WebhookEvent } from '@haven/core';
import type { Db } from '@haven/db';
import { settleCheckout } from '@haven/donations';
import { logger } from '@haven/log';
import type { WebhookAnswer } from './webhook-answer';

type CheckoutEvent = Extract<WebhookEvent, { sessionId: string }>;

/**
 * A Checkout Session's events: the session is read back from Stripe and settled once. Answers
 * the body and status for Stripe: 503 asks for the event again when the session is paid but its
 * fee and net are not on the balance transaction yet.
 */
export async function handleCheckoutEvent(
  deps: { db: Db; payments: Payments; now: () => Date },
  event: CheckoutEvent,
  requestId: string,
  /** Connect: the event's key names its account, and only the account's organisation changes. */
  connect?: { eventKey: string; account: { accountId: string; orgSlug: string } },
): Promise<WebhookAnswer> {
  const result = await settleCheckout(
    { db: deps.db, payments: deps.payments, now: deps.now() },
    {
      eventKey: connect?.eventKey ?? event.id,
      sessionId: event.sessionId,
      asyncPaymentFailed: event.type === 'checkout.session.async_payment_failed',
      account: connect?.account,
    },
  );
  logger.info('webhook handled', {
    requestId,
    eventId: event.id,
    eventType: event.type,
    orgSlug: connect?.account.orgSlug,
    pledgeId: result.state?.pledgeId,
    effect: result.effect,
  });
  if (result.effect === 'amount_mismatch') {
    // Permanent: retrying cannot fix it. Logged for a person to look at; the pledge stays as it was.
    logger.error('charged amount differs from pledge', {
      eventId: event.id,
      pledgeId: result.state?.pledgeId,
    });
  }
  if (result.effect === 'nothing_to_do' && result.state.paymentStatus === 'paid') {
    // Paid, but the figures are not there yet: rather than record a payment without them.
    return [{ received: false, effect: 'settlement_pending' }, 503];
  }
  return [{ received: true, effect: result.effect }, 200];
}
