import Stripe from 'stripe';
import type { EventRequest } from './event';

/** The events money moving after a payment sends: refunds, disputes, payouts. */
export type MoneyEventType =
  | 'charge.refunded'
  | 'refund.created'
  | 'refund.updated'
  | 'charge.dispute.created'
  | 'charge.dispute.closed'
  | 'charge.dispute.funds_withdrawn'
  | 'charge.dispute.funds_reinstated'
  | 'payout.created'
  | 'payout.paid'
  | 'payout.failed';

export type MoneyEvent = {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: object };
  livemode: false;
  pending_webhooks: number;
  request: EventRequest;
  type: MoneyEventType;
};

/** An event carrying a deep copy of the object as it is now, like the session events. */
export function buildMoneyEvent(
  id: string,
  type: MoneyEventType,
  object: object,
  created: number,
  request: EventRequest,
  pendingWebhooks: number,
): MoneyEvent {
  return {
    id,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created,
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: pendingWebhooks,
    request,
    type,
  };
}
