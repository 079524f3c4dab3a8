import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '@haven/config';
import { NotFoundError } from '@haven/core';
import { dbFromConfig } from '@haven/db';
import { ReconcileConfig } from './config';
import { formatReport } from './format';
import { stripeLostSessionRepair } from './lost-sessions';
import { reconcile } from './reconcile';
import { stripeLedgerSource } from './stripe-ledger';
import { stripeReader } from './stripe-reader';

const USAGE = `Usage: npm run reconcile [-- --org <slug>] [--json] [--stripe-days <n>]

Checks campaign totals and supporters against payments and the ledger, that the ledger
balances per currency, receipt numbers against their counters, the email outbox, and (with
STRIPE_SECRET_KEY) each payment against Stripe and the last 90 days' Stripe charges, refunds,
disputes and payouts against the ledger; with it, first records any paid Checkout Session of
the last 4 days, and books any refund, dispute or payout, whose webhook never arrived.
Environment: TABLE_NAME, PUBLIC_URL, DYNAMODB_ENDPOINT (DynamoDB Local), AWS_REGION,
STRIPE_SECRET_KEY (optional), STRIPE_API_BASE (the local Stripe emulator).
--stripe-days compares only the last n days' payments with Stripe (default: all).
Exit status: 0 all agree, 1 findings, 2 could not run (configuration, arguments, table).
`;

class UsageError extends Error {}

/**
 * `npm run reconcile`: records lost paid sessions (with Stripe), then only reads; prints the
 * report and exits 0 when everything agrees.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      json: { type: 'boolean', default: false },
      'stripe-days': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const days = values['stripe-days'];
  if (days !== undefined && !/^[1-9]\d{0,4}$/.test(days)) {
    throw new UsageError(`--stripe-days takes a whole number of days, not "${days}"`);
  }
  const config = loadConfig(ReconcileConfig);
  const db = dbFromConfig(config);
  try {
    const report = await reconcile(
      {
        db,
        stripe: config.STRIPE_SECRET_KEY
          ? stripeReader({ secretKey: config.STRIPE_SECRET_KEY, apiBase: config.STRIPE_API_BASE })
          : undefined,
        lostSessions: config.STRIPE_SECRET_KEY
          ? stripeLostSessionRepair({
              secretKey: config.STRIPE_SECRET_KEY,
              apiBase: config.STRIPE_API_BASE,
            })
          : undefined,
        stripeLedger: config.STRIPE_SECRET_KEY
          ? stripeLedgerSource({
              secretKey: config.STRIPE_SECRET_KEY,
              apiBase: config.STRIPE_API_BASE,
            })
          : undefined,
        now: () => new Date(),
        connect: config.STRIPE_MODE === 'connect',
      },
      {
        org: values.org,
        stripeSince: days ? new Date(Date.now() - Number(days) * 86_400_000) : undefined,
      },
    );
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report),
    );
    return report.ok ? 0 : 1;
  } finally {
    db.client.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof NotFoundError) {
      console.error(error.message);
    } else if (error instanceof UsageError || isParseArgsError(error)) {
      console.error(`${error.message}\n\n${USAGE}`);
    } else {
      console.error('reconcile could not run:', error);
    }
    process.exitCode = 2;
  },
);

function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof TypeError &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS_')
  );
}
