import type { Payments, WebhookEvent } from '@haven/core';
import type { Db } from '@haven/db';
import { recordInvoiceFailed, recordInvoicePaid, syncSubscription } from '@haven/donations';
import { logger } from '@haven/log';
import type { WebhookAnswer } from './webhook-answer';

type MonthlyEvent = Extract<
  WebhookEvent,
  {
    type:
      | 'invoice.paid'
      | 'invoice.payment_failed'
      | 'customer.subscription.updated'
      | 'customer.subscription.deleted';
  }
>;

/**
 * A monthly gift's events: each reads the invoice or subscription as Stripe holds it now and
 * applies it once. Answers the body and status for Stripe: 503 asks for the event again when an
 * invoice is paid but its figures are not written yet.
 */
export async function handleMonthlyEvent(
  deps: { db: Db; payments: Payments; now: () => Date },
  event: MonthlyEvent,
  requestId: string,
  /** Connect: the event's key names its account, and only the account's organisation changes. */
  connect?: { eventKey: string; account: { accountId: string; orgSlug: string } },
): Promise<WebhookAnswer> {
  const use = { db: deps.db, payments: deps.payments, now: deps.now() };
  const on = { eventKey: connect?.eventKey ?? event.id, account: connect?.account };
  const result =
    'invoiceId' in event
      ? event.type === 'invoice.paid'
        ? await recordInvoicePaid(use, { ...on, invoiceId: event.invoiceId })
        : await recordInvoiceFailed(use, { ...on, invoiceId: event.invoiceId })
      : await syncSubscription(use, { ...on, subscriptionId: event.subscriptionId });
  logger.info('webhook handled', {
    requestId,
    eventId: event.id,
    eventType: event.type,
    pledgeId: result.pledgeId,
    effect: result.effect,
  });
  if (result.effect === 'amount_mismatch') {
    // Permanent: retrying cannot fix it. Logged for a person to look at; nothing was recorded.
    logger.error('charged amount differs from pledge', {
      eventId: event.id,
      pledgeId: result.pledgeId,
    });
  }
  if (result.effect === 'settlement_pending') {
    return [{ received: false, effect: result.effect }, 503];
  }
  return [{ received: true, effect: result.effect }, 200];
}
