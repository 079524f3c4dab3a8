import type { MoneyWebhookEvent, Payments } from '@haven/core';
import type { Db } from '@haven/db';
import {
  bookChargeRefunds,
  bookDispute,
  bookPayoutEvent,
  type MoneyEffect,
} from '@haven/donations';

/** Refund, dispute and payout events: each reads Stripe's current state and books what is new. */
export function handleMoneyEvent(
  deps: { db: Db; payments: Payments; now: Date },
  event: MoneyWebhookEvent,
): Promise<MoneyEffect> {
  switch (event.type) {
    case 'charge.refunded':
    case 'refund.created':
    case 'refund.updated':
      return bookChargeRefunds(deps, event.chargeId);
    case 'charge.dispute.created':
    case 'charge.dispute.closed':
    case 'charge.dispute.funds_withdrawn':
    case 'charge.dispute.funds_reinstated':
      return bookDispute(deps, event.disputeId);
    case 'payout.paid':
    case 'payout.failed':
      return bookPayoutEvent(deps, event.payoutId);
  }
}
