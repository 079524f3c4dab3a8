import {
  type CheckoutState,
  checkoutOutcome,
  type FulfilmentEffect,
  NotFoundError,
  type Payments,
} from '@haven/core';
import { applyCheckoutOutcome, type Db } from '@haven/db';
import { syncSubscription } from './record-instalment';

export type SettleResult =
  | { effect: Exclude<FulfilmentEffect, 'unknown_pledge'> | 'nothing_to_do'; state: CheckoutState }
  | { effect: 'not_ours'; state: CheckoutState | undefined };

/**
 * Brings a pledge in line with its Checkout session as Stripe sees it now. Every checkout event,
 * and the thank-you page, comes here: reading the session's current state (rather than trusting
 * the event's snapshot) makes the order in which events arrive irrelevant.
 */
export async function settleCheckout(
  deps: { db: Db; payments: Pick<Payments, 'gateway'>; now: Date },
  input: {
    eventKey: string;
    sessionId: string;
    asyncPaymentFailed: boolean;
    /**
     * Connect: the connected account the session is on and the organisation that owns it (from
     * the event's `account`, or the thank-you page's organisation). Only that organisation's
     * pledges can move.
     */
    account?: { accountId: string; orgSlug: string };
  },
): Promise<SettleResult> {
  let state: CheckoutState;
  try {
    state = await deps.payments.gateway.getCheckout(input.sessionId, input.account?.accountId);
  } catch (error) {
    // Stripe has no such session (another account's, or made up): nothing of ours to settle.
    if (error instanceof NotFoundError) return { effect: 'not_ours', state: undefined };
    throw error;
  }
  const pledgeId = state.pledgeId;
  if (state.subscription && state.status === 'complete') {
    // A monthly gift's checkout only moves the pledge: its first invoice records the money.
    const synced = await syncSubscription(deps, {
      eventKey: input.eventKey,
      subscriptionId: state.subscription.id,
      ...(input.account ? { account: input.account } : {}),
    });
    if (synced.effect === 'not_ours') return { effect: 'not_ours', state };
    return { effect: synced.effect === 'applied' ? 'applied' : 'duplicate', state };
  }
  const outcome = checkoutOutcome(state, input.asyncPaymentFailed);
  if (!pledgeId) return { effect: 'not_ours', state };
  if (outcome === 'none') return { effect: 'nothing_to_do', state };
  const effect = await applyCheckoutOutcome(deps.db, {
    eventKey: input.eventKey,
    pledgeId,
    outcome,
    state,
    now: deps.now,
    ...(input.account ? { accountOrgSlug: input.account.orgSlug } : {}),
  });
  return effect === 'unknown_pledge' ? { effect: 'not_ours', state } : { effect, state };
}
