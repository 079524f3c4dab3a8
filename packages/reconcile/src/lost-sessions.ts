import type { Payments } from '@haven/core';
import { type Db, findPayment } from '@haven/db';
import { settleCheckout } from '@haven/donations';
import { errorFields, logger } from '@haven/log';
import { createStripeClient, stripeGateway } from '@haven/stripe-gateway';
import type { Finding } from './report';

/** A paid Checkout Session as Stripe lists it: only ids, never the customer's details. */
export type PaidSession = { sessionId: string; pledgeId: string | undefined };

/** Where lost webhooks are looked for: Stripe's paid sessions, and the path that applies one. */
export type LostSessionRepair = {
  /** Every paid Checkout Session created since then, newest first (on `account` if given). */
  paidSessions(since: Date, account?: string): AsyncIterable<PaidSession>;
  /** Stripe behind the domain's port: the webhook's own fulfilment reads the session from it. */
  gateway: Payments['gateway'];
};

export type LostSessionsSummary = {
  /** Paid sessions of ours that Stripe listed for the period. */
  checked: number;
  /** Paid, but no payment was recorded: now applied, exactly as the webhook would have. */
  repaired: { sessionId: string; pledgeId: string }[];
};

export type UnrecordedReason = 'settlement_pending' | 'amount_mismatch' | 'no_pledge' | 'error';

/**
 * Finds payments whose webhooks never arrived (Stripe's retries ran out while we were down, or
 * the endpoint was misconfigured) and records them: every session Stripe says is paid, that
 * carries one of our pledge ids and has no payment, goes through settleCheckout, the webhook's
 * own fulfilment. Its transaction is conditional on the pledge's state, so a webhook arriving
 * at the same time, or later, or a second run, records nothing twice.
 */
export async function repairLostSessions(
  deps: { db: Db; repair: LostSessionRepair; now: () => Date },
  since: Date,
  /** Connect: each organisation's own account, whose sessions are looked for there too. */
  accounts: readonly { accountId: string; orgSlug: string }[] = [],
): Promise<{ summary: LostSessionsSummary; findings: Finding[] }> {
  const summary: LostSessionsSummary = { checked: 0, repaired: [] };
  const findings: Finding[] = [];
  const unrecorded = (sessionId: string, pledgeId: string | undefined, reason: UnrecordedReason) =>
    findings.push({ code: 'paid_session_unrecorded', sessionId, pledgeId, reason });
  for (const account of [undefined, ...accounts]) {
    for await (const { sessionId, pledgeId } of deps.repair.paidSessions(
      since,
      account?.accountId,
    )) {
      // Another system's session on the same account: not ours to record.
      if (!pledgeId) continue;
      summary.checked++;
      if (await findPayment(deps.db, pledgeId)) continue;
      try {
        const settled = await settleCheckout(
          { db: deps.db, payments: { gateway: deps.repair.gateway }, now: deps.now() },
          {
            eventKey: account
              ? `reconcile:${account.accountId}:${sessionId}`
              : `reconcile:${sessionId}`,
            sessionId,
            asyncPaymentFailed: false,
            ...(account ? { account } : {}),
          },
        );
        switch (settled.effect) {
          case 'applied':
          case 'duplicate':
          case 'no_change':
            // Recorded now, or by a webhook a moment ago: either way there is a payment.
            if (await findPayment(deps.db, pledgeId)) {
              if (settled.effect === 'applied') summary.repaired.push({ sessionId, pledgeId });
            } else unrecorded(sessionId, pledgeId, 'error');
            break;
          case 'nothing_to_do':
            // Paid, but Stripe has not written the fee and net yet: the next run records it.
            unrecorded(sessionId, pledgeId, 'settlement_pending');
            break;
          case 'amount_mismatch':
            unrecorded(sessionId, pledgeId, 'amount_mismatch');
            break;
          case 'not_ours':
            unrecorded(sessionId, pledgeId, 'no_pledge');
            break;
        }
      } catch (error) {
        logger.error('lost session not repaired', { sessionId, pledgeId, ...errorFields(error) });
        unrecorded(sessionId, pledgeId, 'error');
      }
    }
  }
  for (const { sessionId, pledgeId } of summary.repaired) {
    logger.warn('lost webhook repaired', { sessionId, pledgeId });
  }
  return { summary, findings };
}

/**
 * Stripe's paid Checkout Sessions through the real SDK (or the emulator with `apiBase`), paged
 * by its auto-pagination; only the ids leave this function.
 */
export function stripeLostSessionRepair(options: {
  secretKey: string;
  apiBase?: string;
}): LostSessionRepair {
  const stripe = createStripeClient(options);
  return {
    gateway: stripeGateway(stripe, {}),
    async *paidSessions(since, account) {
      const sessions = stripe.checkout.sessions.list(
        { created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 },
        account ? { stripeAccount: account } : {},
      );
      for await (const session of sessions) {
        if (session.payment_status !== 'paid') continue;
        yield { sessionId: session.id, pledgeId: session.client_reference_id ?? undefined };
      }
    },
  };
}
