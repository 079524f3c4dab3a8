import type { PaymentFigures } from './payments';
import type { Finding } from './report';

/** A charge as Stripe holds it, with its balance transaction's figures. */
export type StripeCharge = {
  /** In the charge currency, minor units. */
  amount: number;
  currency: string;
  /** From the balance transaction, in the settlement currency; undefined while it has none. */
  fee: number | undefined;
  net: number | undefined;
  settlementCurrency: string | undefined;
  /** Refunded so far, in the charge currency. */
  refunded: number;
};

/** What Stripe says of a connected account; `disconnected` when it no longer lets us in. */
export type StripeAccountCheck =
  | { reachable: true; chargesEnabled: boolean; disabledReason: string | undefined }
  | { reachable: false };

/**
 * Reads one charge (on `account`, a connected account, when given); `undefined` when Stripe has
 * no such charge there.
 */
export type StripeReader = {
  getCharge(chargeId: string, account?: string): Promise<StripeCharge | undefined>;
  getAccount?(accountId: string): Promise<StripeAccountCheck>;
};

/** How many charges are read at once: well inside Stripe's rate limit. */
const CONCURRENCY = 4;

/**
 * Each payment's gross, fee and net against its charge and balance transaction. When Stripe
 * cannot be asked (network, key, rate limit), one `stripe_check_failed` finding is reported and
 * the rest of the Stripe check is skipped rather than failing the whole reconciliation.
 */
export async function checkStripe(
  reader: StripeReader,
  payments: AsyncIterable<PaymentFigures> | Iterable<PaymentFigures>,
  /** Connect: each organisation's own account, where its charges are. */
  accountOf: (org: string) => string | undefined = () => undefined,
): Promise<{ checked: number; findings: Finding[] }> {
  const findings: Finding[] = [];
  let checked = 0;
  let failed = false;
  // The workers share one iterator: each takes the next payment as it is read, so the payments
  // stream through instead of being listed first. An async generator queues concurrent next()s.
  const queue = (async function* () {
    yield* payments;
  })();
  const worker = async () => {
    while (!failed) {
      const { value: payment, done } = await queue.next();
      if (done) break;
      let charge: StripeCharge | undefined;
      try {
        charge = await reader.getCharge(payment.chargeId, accountOf(payment.orgSlug));
      } catch (error) {
        if (!failed) {
          failed = true;
          findings.push({
            code: 'stripe_check_failed',
            chargeId: payment.chargeId,
            error: errorName(error),
          });
        }
        return;
      }
      checked += 1;
      findings.push(...compareCharge(payment, charge));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { checked, findings };
}

export function compareCharge(
  payment: PaymentFigures,
  charge: StripeCharge | undefined,
): Finding[] {
  const ids = { org: payment.orgSlug, pledgeId: payment.pledgeId, chargeId: payment.chargeId };
  if (!charge) return [{ code: 'stripe_charge_missing', ...ids }];
  const pairs = [
    ['gross', payment.gross, charge.amount],
    ['currency', payment.currency, charge.currency.toUpperCase()],
    ['fee', payment.fee, charge.fee],
    ['net', payment.net, charge.net],
    ['settlementCurrency', payment.settlementCurrency, charge.settlementCurrency?.toUpperCase()],
  ] as const;
  const findings: Finding[] = [];
  for (const [field, ours, stripe] of pairs) {
    if (ours !== stripe)
      findings.push({ code: 'stripe_amount_mismatch', ...ids, field, ours, stripe });
  }
  if (payment.refunded !== charge.refunded) {
    findings.push({
      code: 'stripe_refund_mismatch',
      ...ids,
      ours: payment.refunded,
      stripe: charge.refunded,
    });
  }
  return findings;
}

/** The error's class and code, never its message (which could quote request data). */
export function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const code = 'code' in error && typeof error.code === 'string' ? `:${error.code}` : '';
  return `${error.name}${code}`;
}
