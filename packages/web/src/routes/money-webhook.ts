import type { MoneyAccount, MoneyWebhookEvent, Payments } from '@haven/core';
import type { Db } from '@haven/db';
import {
  bookChargeRefunds,
  bookDispute,
  bookPayoutEvent,
  type MoneyEffect,
} from '@haven/donations';

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
