import {
  intlLocale,
  pickText,
  type StatementPayment,
  statementLines,
  statementPeriodLabel,
} from '@haven/core';
import {
  type Db,
  type DonorPayment,
  getOrganisation,
  listPaymentsOfEmailKey,
  type OutboxItem,
  queueNextStatementPage,
  recordStatementOutcome,
  type StatementFanoutOutboxItem,
  type StatementOutboxItem,
} from '@haven/db';
import { type RenderedEmail, renderStatement } from '@haven/emails';
import { fanOutPages } from './fan-out';
import type { OutboxDeps, SendResult } from './send-outbox-item';

/**
 * A donor's statement of the item's period, read when it leaves: their latest payment of the
 * period gives the address, the name and the language. No payment with an address (erased
 * since it was queued): no recipient, and nothing is sent.
 */
export async function composeStatement(
  db: Db,
  item: StatementOutboxItem,
): Promise<{ to: string | undefined; email: RenderedEmail | undefined }> {
  const payments: StatementPayment[] = [];
  let latest: DonorPayment | undefined;
  const period = { from: item.from, to: item.to };
  const scope = { orgSlug: item.orgSlug };
  for await (const payment of listPaymentsOfEmailKey(db, scope, item.emailKey, period)) {
    payments.push(payment);
    latest = payment;
  }
  if (!latest) return { to: undefined, email: undefined };
  const org = await getOrganisation(db, item.orgSlug);
  const locale = latest.locale;
  const intl = intlLocale(locale, org.country);
  const email = await renderStatement({
    locale,
    intlLocale: intl,
    org: {
      name: pickText(org.name, locale, org.defaultLocale),
      legalName: org.legalName,
      address: org.address,
      taxNote: pickText(org.taxNote, locale, org.defaultLocale),
      ...(org.website ? { website: org.website } : {}),
      ...(org.registrationNumber ? { registrationNumber: org.registrationNumber } : {}),
      ...(org.logoUrl ? { logoUrl: org.logoUrl } : {}),
      ...(org.brandColor ? { brandColor: org.brandColor } : {}),
    },
    period: statementPeriodLabel(period, intl),
    ...(latest.donorName ? { donorName: latest.donorName } : {}),
    lines: statementLines(payments),
    receipts: payments.flatMap((p) => (p.receiptNumber ? [p.receiptNumber] : [])),
  });
  return { to: latest.donorEmail, email };
}

/** Every donor of a period: one page of payments at a time, each new person queued once. */
export const fanOutStatements = (
  deps: OutboxDeps,
  item: StatementFanoutOutboxItem,
): Promise<SendResult> =>
  fanOutPages(deps, item, (current) => queueNextStatementPage(deps.db, current, deps.now()));

/** A bulk statement's outcome, counted once on its period's run; other items are not counted. */
export async function countStatement(
  deps: OutboxDeps,
  item: OutboxItem,
  outcome: 'sent' | 'failed',
) {
  if (item.kind === 'statement') await recordStatementOutcome(deps.db, item, outcome, deps.now());
}
