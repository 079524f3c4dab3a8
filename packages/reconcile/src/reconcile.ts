import type { Campaign } from '@haven/core';
import {
  type Db,
  getOrganisation,
  ledgerEntryReads,
  listCampaigns,
  listOrganisations,
  listReceiptCounters,
} from '@haven/db';
import { checkAccounts } from './accounts';
import { campaignSums } from './campaigns';
import { ledgerSums } from './ledger-sums';
import { type LostSessionRepair, repairLostSessions } from './lost-sessions';
import { checkOpenPledges } from './open-pledges';
import { checkOutbox } from './outbox';
import { checkPaymentFigures, paymentsOf, streamPayments } from './payments';
import { receiptTally } from './receipts';
import type {
  CampaignSummary,
  Finding,
  LedgerSummary,
  ReceiptYearSummary,
  ReconcileReport,
} from './report';
import { checkStripe, type StripeReader } from './stripe-check';
import { checkStripeLedger, type MoneyScope, type StripeLedgerSource } from './stripe-ledger';

export type ReconcileDeps = {
  db: Db;
  /** Compare with Stripe too; left out where Stripe is not reachable. */
  stripe?: StripeReader;
  now: () => Date;
  /**
   * An organisation with findings is read again after this wait, and only what is still wrong
   * is reported: GSI1 is eventually consistent, so a payment committed a moment ago can be in
   * its campaign's total before it is in the payments list. Default 2 s; tests use 0.
   */
  recheckDelayMs?: number;
  /** Look for paid Checkout Sessions without a payment, and record them (lost webhooks). */
  lostSessions?: LostSessionRepair;
  /**
   * Stripe Connect: each organisation's charges and sessions are on its own account, read there,
   * and each account's state is reported (restricted or disconnected ones as findings).
   */
  connect?: boolean;
  /**
   * Compare the ledger with Stripe's charges, refunds, disputes and payouts of the period, and
   * book what a lost webhook left out through the webhook's own use cases.
   */
  stripeLedger?: StripeLedgerSource;
};

type OrgResult = {
  /** How many payments were read: they are checked as they stream by, never kept. */
  payments: number;
  campaigns: CampaignSummary[];
  receipts: ReceiptYearSummary[];
  ledger: LedgerSummary[];
  findings: Finding[];
};

/**
 * Checks invariant 3 and its neighbours: every campaign's stored totals and supporters against
 * its payments, receipt numbering against its counters, the receipt outbox, and (with a reader)
 * every payment against its Stripe charge. It repairs one thing only, first: a paid Checkout
 * Session whose webhook never arrived is recorded through the webhook's own fulfilment.
 */
export type ReconcileOptions = {
  /** One organisation only; all of them when unset. */
  org?: string;
  /** Compare only payments made since then with Stripe (every one when unset), so a daily run
   * stays within its time limit as the years of payments grow. Totals always use them all. */
  stripeSince?: Date;
  /** How far back to list Stripe's paid sessions for lost webhooks (default: 3 days, Stripe's
   * retry window, plus a day). */
  lostSessionsSince?: Date;
  /** Since when Stripe's money objects and the ledger's entries are compared (default:
   * `stripeSince`, else 90 days: as long as refunds and most disputes come after a payment). */
  ledgerSince?: Date;
};

export async function reconcile(
  deps: ReconcileDeps,
  options: ReconcileOptions = {},
): Promise<ReconcileReport> {
  const { db } = deps;
  const organisations = (
    options.org ? [await getOrganisation(db, options.org)] : await listOrganisations(db)
  ).sort((a, b) => a.slug.localeCompare(b.slug));
  const orgs = organisations.map((org) => org.slug);
  const accounts = deps.connect ? await checkAccounts(organisations, deps.stripe) : undefined;
  // Only accounts Stripe still lets us reach are read; a disconnected one is already a finding.
  const connected = (accounts?.summaries ?? []).flatMap(({ org, accountId, status }) =>
    accountId && status !== 'disconnected' ? [{ orgSlug: org, accountId }] : [],
  );
  const accountOf = (org: string) => connected.find((one) => one.orgSlug === org)?.accountId;

  // Repairs first, so the checks below see the payments it recorded.
  const lost = deps.lostSessions
    ? await repairLostSessions(
        { db, repair: deps.lostSessions, now: deps.now },
        options.lostSessionsSince ?? new Date(deps.now().getTime() - 4 * 86_400_000),
        connected,
      )
    : undefined;

  // Books what lost money webhooks left out, before the ledger's sums are checked.
  const moneyScopes: MoneyScope[] = deps.connect
    ? connected.map(({ orgSlug, accountId }) => ({ accountId, orgs: [orgSlug] }))
    : [{ accountId: undefined, orgs }];
  const stripeLedger = deps.stripeLedger
    ? await checkStripeLedger(
        { db, source: deps.stripeLedger, now: deps.now },
        moneyScopes,
        options.ledgerSince ??
          options.stripeSince ??
          new Date(deps.now().getTime() - 90 * 86_400_000),
      )
    : undefined;

  const results: OrgResult[] = [];
  for (const org of orgs) {
    let result = await checkOrganisation(db, org, deps.now());
    if (result.findings.length > 0) {
      await sleep(deps.recheckDelayMs ?? 2_000);
      result = await checkOrganisation(db, org, deps.now());
    }
    results.push(result);
  }
  const outbox = await checkOutbox(db, deps.now(), options.org);
  const unsettled = await checkOpenPledges(db, deps.now(), options.org);
  const since = options.stripeSince?.toISOString() ?? '';
  const stripe = deps.stripe
    ? await checkStripe(deps.stripe, paymentsSince(db, orgs, since), accountOf)
    : undefined;

  const findings = [
    ...results.flatMap((result) => result.findings),
    ...outbox.findings,
    ...unsettled,
    ...(stripe?.findings ?? []),
    ...(stripeLedger?.findings ?? []),
    ...(lost?.findings ?? []),
    ...(accounts?.findings ?? []),
  ];
  return {
    ok: findings.length === 0,
    checkedAt: deps.now().toISOString(),
    org: options.org,
    organisations: orgs.length,
    payments: results.reduce((sum, result) => sum + result.payments, 0),
    campaigns: results.flatMap((result) => result.campaigns),
    receipts: results.flatMap((result) => result.receipts),
    ledger: results.flatMap((result) => result.ledger),
    outbox: { failed: outbox.failed, stuck: outbox.stuck },
    stripe: stripe ? { checked: stripe.checked } : undefined,
    lostSessions: lost?.summary,
    ...(stripeLedger ? { stripeLedger: stripeLedger.summary } : {}),
    ...(accounts ? { stripeAccounts: accounts.summaries } : {}),
    findings,
  };
}

async function checkOrganisation(db: Db, org: string, now: Date): Promise<OrgResult> {
  // Payments and the ledger first, campaigns last: a gift committed in between shows as a
  // mismatch that the recheck clears, never as agreement that hides one. (The first list of
  // campaigns only says which campaigns exist, so that only a payment of an unknown one need be
  // remembered.)
  const sums = campaignSums(new Set((await allCampaigns(db, org)).map((c) => c.slug)));
  const tally = receiptTally(org);
  const findings: Finding[] = [];
  let payments = 0;
  let firstPaidAt = now.toISOString();
  for await (const read of streamPayments(db, org)) {
    if ('finding' in read) {
      findings.push(read.finding);
      continue;
    }
    payments += 1;
    if (read.payment.paidAt < firstPaidAt) firstPaidAt = read.payment.paidAt;
    sums.add(read.payment);
    tally.add(read.payment);
    findings.push(...checkPaymentFigures(read.payment));
  }
  // A repeated receipt number names all its holders: a second pass, only when there is one.
  if (tally.hasDuplicates())
    for await (const payment of paymentsOf(db, org)) tally.addHolder(payment);
  // Every entry follows a payment, so the books start with the first one; payouts are dated by
  // their arrival, days ahead.
  const books = ledgerSums(org);
  const period = { from: firstPaidAt, to: new Date(now.getTime() + 40 * 86_400_000).toISOString() };
  for await (const read of ledgerEntryReads(db, { orgSlug: org }, period)) {
    if ('entry' in read) books.add(read.entry);
    else books.invalid(read.invalid.key, read.invalid.fields);
  }
  const [campaigns, counters] = await Promise.all([
    allCampaigns(db, org),
    listReceiptCounters(db, org),
  ]);
  const totals = sums.check(org, campaigns);
  const receipts = tally.check(counters);
  const ledger = books.check(campaigns);
  return {
    payments,
    campaigns: totals.summaries,
    receipts: receipts.summaries,
    ledger: ledger.summaries,
    findings: [...findings, ...totals.findings, ...receipts.findings, ...ledger.findings],
  };
}

/** Every organisation's payments made since `since`, read again as they are checked. */
async function* paymentsSince(db: Db, orgs: readonly string[], since: string) {
  for (const org of orgs) {
    for await (const payment of paymentsOf(db, org)) if (payment.paidAt >= since) yield payment;
  }
}

async function allCampaigns(db: Db, org: string): Promise<Campaign[]> {
  const lists = await Promise.all(
    (['open', 'closed', 'draft'] as const).map((status) => listCampaigns(db, org, status)),
  );
  return lists.flat().sort((a, b) => a.slug.localeCompare(b.slug));
}

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
