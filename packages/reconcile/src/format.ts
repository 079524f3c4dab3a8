import { formatMoney } from '@haven/core';
import type { Finding, ReconcileReport } from './report';

const money = (amount: number, currency: string) => formatMoney({ amount, currency }, 'en');

/** The report for a person at a terminal: what was checked, then each finding on one line. */
export function formatReport(report: ReconcileReport): string {
  const stripe = report.stripe
    ? `${report.stripe.checked} Stripe charges checked`
    : 'Stripe not checked (no STRIPE_SECRET_KEY)';
  const lines = [
    `Reconciliation at ${report.checkedAt}${report.org ? ` for ${report.org}` : ''}: ` +
      `${report.organisations} organisations, ${report.campaigns.length} campaigns, ` +
      `${report.payments} payments; ${stripe}.`,
    '',
    'Campaigns (stored / from payments):',
  ];
  for (const campaign of report.campaigns) {
    const totals = campaign.totals.length
      ? campaign.totals
          .map((t) =>
            t.stored === t.expected
              ? money(t.stored, t.currency)
              : `${money(t.stored, t.currency)} / ${money(t.expected, t.currency)}`,
          )
          .join(', ')
      : 'nothing raised';
    const { stored, expected } = campaign.supporters;
    const supporters = stored === expected ? `${stored}` : `${stored} / ${expected}`;
    lines.push(
      `  ${campaign.org}/${campaign.campaign} (${campaign.status}): ${totals}; supporters ${supporters}`,
    );
  }
  if (report.receipts.length) lines.push('', 'Receipt numbers (issued, highest, counter):');
  for (const year of report.receipts) {
    lines.push(`  ${year.org} ${year.year}: ${year.issued}, ${year.highest}, ${year.counter}`);
  }
  lines.push(
    '',
    `Outbox: ${report.outbox.failed} failed, ${report.outbox.stuck} pending over an hour.`,
    ...(report.lostSessions
      ? [
          `Stripe's paid sessions: ${report.lostSessions.checked} checked, ${report.lostSessions.repaired.length} recorded now (their webhooks never arrived)${report.lostSessions.repaired.map(({ sessionId, pledgeId }) => `\n  ${sessionId} → ${pledgeId}`).join('')}`,
        ]
      : []),
  );
  if (report.ledger.length) lines.push('Ledger (entries, debits = credits):');
  for (const books of report.ledger) {
    lines.push(
      `  ${books.org} ${books.currency}: ${books.entries}, ${money(books.debits, books.currency)} = ${money(books.credits, books.currency)}`,
    );
  }
  if (report.stripeLedger) {
    const { listed, entriesChecked, repaired } = report.stripeLedger;
    lines.push(
      `Stripe's charges, refunds, disputes and payouts: ${listed} listed, ${entriesChecked} ledger entries checked against Stripe, ${repaired.length} booked now (their webhooks never arrived)${repaired.map(({ object, stripeId, org }) => `\n  ${object} ${stripeId} → ${org ?? '?'}`).join('')}`,
    );
  }
  if (report.stripeAccounts) {
    lines.push(
      `Stripe accounts (Connect): ${report.stripeAccounts.map(({ org, accountId, status }) => `\n  ${org}: ${status}${accountId ? ` (${accountId})` : ''}`).join('')}`,
    );
  }
  lines.push('');
  if (report.ok) {
    lines.push(`OK: totals, ledger, receipts, outbox${report.stripe ? ' and Stripe' : ''} agree.`);
  } else {
    lines.push(`${report.findings.length} findings:`);
    for (const finding of report.findings)
      lines.push(`  ${finding.code}  ${describeFinding(finding)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function describeFinding(finding: Finding): string {
  switch (finding.code) {
    case 'campaign_total_mismatch':
      return `${finding.org}/${finding.campaign}: stored ${money(finding.stored, finding.currency)}, payments add up to ${money(finding.expected, finding.currency)}`;
    case 'supporter_count_mismatch':
      return `${finding.org}/${finding.campaign}: stored ${finding.stored} supporters, ${finding.expected} paid pledges`;
    case 'payment_campaign_missing':
      return `${finding.org}: payment ${finding.pledgeId} is for campaign ${finding.campaign}, which does not exist`;
    case 'payment_invalid':
      return `${finding.org}: payment ${finding.pledgeId} does not parse (${finding.fields.join(', ')})`;
    case 'payment_inconsistent':
      return `${finding.org}: payment ${finding.pledgeId} breaks ${finding.rule}`;
    case 'receipt_malformed':
      return `${finding.org}: payment ${finding.pledgeId} has receipt number ${finding.receiptNumber}`;
    case 'receipt_duplicate':
      return `${finding.org} ${finding.year}: ${finding.receiptNumber} on ${finding.pledgeIds.join(', ')}`;
    case 'receipt_gap':
      return `${finding.org} ${finding.year}: no payment carries ${finding.from === finding.to ? finding.from : `${finding.from}–${finding.to}`}`;
    case 'receipt_counter_behind':
    case 'receipt_counter_ahead':
      return `${finding.org} ${finding.year}: counter ${finding.counter}, highest issued ${finding.highest}`;
    case 'outbox_failed':
      return `${finding.outboxId} (pledge ${finding.pledgeId}) after ${finding.attempts} attempts: ${finding.lastError ?? 'no error recorded'}`;
    case 'outbox_stuck':
      return `${finding.outboxId} (pledge ${finding.pledgeId}) due since ${finding.dueAt}, ${finding.attempts} attempts`;
    case 'stripe_charge_missing':
      return `${finding.org}: payment ${finding.pledgeId}, charge ${finding.chargeId} not found in Stripe`;
    case 'stripe_amount_mismatch':
      return `${finding.org}: payment ${finding.pledgeId}, charge ${finding.chargeId}: ${finding.field} ours ${finding.ours}, Stripe ${finding.stripe ?? 'none'}`;
    case 'stripe_refund_mismatch':
      return `${finding.org}: payment ${finding.pledgeId}, charge ${finding.chargeId}: refunded ours ${finding.ours}, Stripe ${finding.stripe}`;
    case 'stripe_check_failed':
      return `Stripe could not be read (${finding.error}) at charge ${finding.chargeId}; the rest of its check was skipped`;
    case 'paid_session_unrecorded':
      return `Checkout session ${finding.sessionId} (pledge ${finding.pledgeId ?? 'none'}) is paid at Stripe but has no payment here: ${finding.reason}`;
    case 'stripe_account_restricted':
      return `${finding.org}: Stripe account ${finding.accountId} cannot take charges (${finding.disabledReason ?? 'no reason given'}): its campaigns refuse gifts`;
    case 'stripe_account_disconnected':
      return `${finding.org}: Stripe account ${finding.accountId} no longer reachable by the platform (disconnected): an owner must connect again`;
    case 'ledger_entry_unbalanced':
      return `${finding.org}: entry ${finding.key} does not balance: debits − credits = ${money(finding.difference, finding.currency)}`;
    case 'ledger_entry_invalid':
      return `${finding.org}: ledger item ${finding.key} does not parse (${finding.fields.join(', ')})`;
    case 'ledger_unbalanced':
      return `${finding.org}: ${finding.currency} books do not balance: debits ${money(finding.debits, finding.currency)}, credits ${money(finding.credits, finding.currency)}`;
    case 'ledger_campaign_mismatch':
      return `${finding.org}/${finding.campaign}: stored ${money(finding.stored, finding.currency)}, the ledger says ${money(finding.ledger, finding.currency)}`;
    case 'ledger_entry_missing':
      return `${finding.org ?? 'no organisation'}: Stripe ${finding.object} ${finding.stripeId}${finding.accountId ? ` on ${finding.accountId}` : ''} is not booked (${finding.entryKey}) and could not be: ${finding.reason}`;
    case 'ledger_entry_unknown_to_stripe':
      return `${finding.org}: entry ${finding.key} names ${finding.object} ${finding.stripeId}, which Stripe does not have (kept: the ledger is append-only)`;
    case 'dispute_state_mismatch':
      return `${finding.org}: payment ${finding.pledgeId} says its dispute ${finding.disputeId} is ${finding.ours}; Stripe says ${finding.stripe}`;
    case 'stripe_ledger_check_failed':
      return `Stripe could not be listed (${finding.error})${finding.org ? ` for ${finding.org}` : ''}; the rest of the ledger's Stripe check was skipped`;
    case 'pledge_unsettled':
      return `${finding.org}: pledge ${finding.pledgeId} is still ${finding.status} since ${finding.createdAt} (session ${finding.checkoutSessionId ?? 'none'}): its last Stripe event never arrived`;
  }
}
