import { type Db, listOpenPledges } from '@haven/db';
import type { Finding } from './report';

/**
 * Stripe expires a Checkout session within 24 hours, so by then every pledge has heard paid,
 * failed or expired. One still waiting after this long missed its webhook (an endpoint
 * misconfigured, a secret rotated, an outage past Stripe's three days of retries): its money may
 * have moved without a payment, receipt or total here.
 */
export const UNSETTLED_AFTER_MS = 26 * 60 * 60 * 1000;

export async function checkOpenPledges(
  db: Db,
  now: Date,
  org: string | undefined,
): Promise<Finding[]> {
  const open = await listOpenPledges(db, new Date(now.getTime() - UNSETTLED_AFTER_MS));
  return open
    .filter((pledge) => !org || pledge.orgSlug === org)
    .map(
      (pledge): Finding => ({
        code: 'pledge_unsettled',
        org: pledge.orgSlug,
        pledgeId: pledge.id,
        status: pledge.status,
        createdAt: pledge.createdAt,
        checkoutSessionId: pledge.checkoutSessionId,
      }),
    );
}
