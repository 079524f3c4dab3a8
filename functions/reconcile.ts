import { loadConfig } from '@haven/config';
import { dbFromConfig } from '@haven/db';
import { logger, withLogContext } from '@haven/log';
import {
  countByCode,
  ReconcileConfig,
  reconcile,
  stripeLedgerSource,
  stripeLostSessionRepair,
  stripeReader,
} from '@haven/reconcile';
import type { ScheduledEvent } from 'aws-lambda';

const config = loadConfig(ReconcileConfig);
const deps = {
  db: dbFromConfig(config),
  stripe: config.STRIPE_SECRET_KEY
    ? stripeReader({ secretKey: config.STRIPE_SECRET_KEY, apiBase: config.STRIPE_API_BASE })
    : undefined,
  // Paid sessions whose webhooks never arrived are recorded, through the webhook's fulfilment.
  lostSessions: config.STRIPE_SECRET_KEY
    ? stripeLostSessionRepair({
        secretKey: config.STRIPE_SECRET_KEY,
        apiBase: config.STRIPE_API_BASE,
      })
    : undefined,
  // Refunds, disputes and payouts whose webhooks never arrived are booked, through their use cases.
  stripeLedger: config.STRIPE_SECRET_KEY
    ? stripeLedgerSource({ secretKey: config.STRIPE_SECRET_KEY, apiBase: config.STRIPE_API_BASE })
    : undefined,
  now: () => new Date(),
  connect: config.STRIPE_MODE === 'connect',
};
/** Stripe is asked about the last 90 days' payments: refunds and disputes come within that. */
const STRIPE_WINDOW_MS = 90 * 86_400_000;

/**
 * Daily: checks totals, receipts, the outbox and Stripe against each other. One JSON line of
 * counts and codes (ids stay in the report, never personal data); a report that is not ok
 * throws, so the function's error alarm fires and someone runs `npm run reconcile` to see why.
 */
export const handler = withLogContext(
  async (_event: ScheduledEvent): Promise<{ ok: true; payments: number }> => {
    const report = await reconcile(deps, {
      stripeSince: new Date(deps.now().getTime() - STRIPE_WINDOW_MS),
    });
    const byCode = countByCode(report.findings);
    const summary = {
      ok: report.ok,
      organisations: report.organisations,
      campaigns: report.campaigns.length,
      payments: report.payments,
      stripeChecked: report.stripe?.checked ?? null,
      lostSessionsRepaired: report.lostSessions?.repaired.length ?? null,
      moneyRepaired: report.stripeLedger?.repaired.length ?? null,
      findings: report.findings.length,
      byCode,
    };
    if (!report.ok) {
      logger.error('reconciliation', summary);
      throw new Error(
        `reconciliation found ${report.findings.length} problems: ${Object.keys(byCode).join(', ')}`,
      );
    }
    logger.info('reconciliation', summary);
    return { ok: true, payments: report.payments };
  },
);
