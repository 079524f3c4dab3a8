import type { MoneyAccount, MoneyWebhookEvent, Payments } from '@haven/core';
import type { Db } from '@haven/db';
import {
  bookChargeRefunds,
  bookDispute,
  bookPayoutEvent,
  type MoneyEffect,
} from '@haven/donations';
import { logger } from '@haven/log';
import type { WebhookAnswer } from './webhook-answer';

/** Books a money event and answers Stripe: 503 when the payment's own event has not landed yet. */
export async function answerMoneyEvent(
  deps: { db: Db; payments: Payments; now: () => Date },
  event: MoneyWebhookEvent,
  requestId: string,
  account?: MoneyAccount,
): Promise<WebhookAnswer> {
  const effect = await handleMoneyEvent({ ...deps, now: deps.now() }, event, account);
  logger.info('webhook handled', {
    requestId,
    eventId: event.id,
    eventType: event.type,
    orgSlug: account?.orgSlug,
    effect,
  });
  // Stripe will deliver this one again, by when the payment should be recorded.
  if (effect === 'payment_not_recorded') return [{ received: false, effect }, 503];
  return [{ received: true, effect }, 200];
}

/**
 * Refund, dispute and payout events: each reads Stripe's current state and books what is new.
 * `account`: with Connect, the event's account and its organisation, the only one that may change.
 */
export function handleMoneyEvent(
  deps: { db: Db; payments: Payments; now: Date },
  event: MoneyWebhookEvent,
  account?: MoneyAccount,
): Promise<MoneyEffect> {
  switch (event.type) {
    case 'charge.refunded':
    case 'refund.created':
    case 'refund.updated':
      return bookChargeRefunds(deps, event.chargeId, account);
    case 'charge.dispute.created':
    case 'charge.dispute.closed':
    case 'charge.dispute.funds_withdrawn':
    case 'charge.dispute.funds_reinstated':
      return bookDispute(deps, event.disputeId, account);
    case 'payout.paid':
    case 'payout.failed':
      return bookPayoutEvent(deps, event.payoutId, account);
  }
}
