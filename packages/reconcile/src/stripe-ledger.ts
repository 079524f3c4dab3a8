import {
  entryKeysOf,
  type ListedMoneyObject,
  type MoneyLister,
  type Payments,
  stripeObjectOf,
} from '@haven/core';
import { type Db, findLedgerEntry, findPayment, ledgerEntryReads } from '@haven/db';
import {
  bookChargeRefunds,
  bookDispute,
  bookPayoutEvent,
  type MoneyEffect,
} from '@haven/donations';
import { errorFields, logger } from '@haven/log';
import { createStripeClient, moneyLister, stripeGateway } from '@haven/stripe-gateway';
import { eachAtOnce } from './each-at-once';
import type { Finding, StripeLedgerSummary } from './report';
import { errorName } from './stripe-check';

/** Stripe's money objects, and the webhooks' own gateway to book a missing one from. */
export type StripeLedgerSource = { lister: MoneyLister; gateway: Payments['gateway'] };

/**
 * Where Stripe's money is: a connected account and its one organisation (Connect), or the
 * service's own account (`accountId` undefined) shared by every organisation.
 */
export type MoneyScope = { accountId: string | undefined; orgs: readonly string[] };

/** How far past now entries may be booked: a payout's entry is dated by its arrival. */
const ARRIVAL_MARGIN_MS = 40 * 86_400_000;

type Run = {
  db: Db;
  source: StripeLedgerSource;
  now: () => Date;
  summary: StripeLedgerSummary;
  findings: Finding[];
  /**
   * The ids of the scope's objects Stripe just listed: an entry naming one is known to Stripe
   * without asking again. Ids only (some 30 bytes each), a few MB for a busy 90 days.
   */
  listedIds: Set<string>;
};

/**
 * Every charge, refund, dispute and payout Stripe created since `since` on each scope's account
 * is booked once, and no ledger entry of the period names an object Stripe does not have. A
 * missing refund, dispute or payout is booked through the use case its webhook calls, which
 * reads Stripe's state now (a webhook lost past Stripe's retries, or older than the 30 days it
 * keeps events, is mended the same way); a missing charge is the lost-sessions repair's, which
 * ran before. An entry Stripe does not know is reported, never deleted: the ledger is
 * append-only, a correction is a reversal someone books knowingly.
 */
export async function checkStripeLedger(
  deps: { db: Db; source: StripeLedgerSource; now: () => Date },
  scopes: readonly MoneyScope[],
  since: Date,
): Promise<{ summary: StripeLedgerSummary; findings: Finding[] }> {
  const run: Run = {
    ...deps,
    summary: { listed: 0, entriesChecked: 0, repaired: [] },
    findings: [],
    listedIds: new Set(),
  };
  for (const scope of scopes) {
    run.listedIds.clear();
    try {
      for await (const object of deps.source.lister.listMoney(since, scope.accountId)) {
        await checkObject(run, scope, object);
      }
      for (const org of scope.orgs) await checkEntries(run, scope, org, since);
    } catch (error) {
      logger.error('stripe ledger check failed', {
        accountId: scope.accountId,
        ...errorFields(error),
      });
      run.findings.push({
        code: 'stripe_ledger_check_failed',
        org: scope.accountId ? scope.orgs[0] : undefined,
        error: errorName(error),
      });
    }
  }
  for (const { org, object, stripeId } of run.summary.repaired) {
    logger.warn('lost money webhook repaired', { org, object, stripeId });
  }
  return { summary: run.summary, findings: run.findings };
}

async function checkObject(run: Run, scope: MoneyScope, object: ListedMoneyObject) {
  run.listedIds.add(object.id);
  const keys = entryKeysOf(object);
  if (keys.length === 0) return;
  let owner = await ownerOf(run.db, scope, object, keys);
  if (owner.missing.length === 0) {
    run.summary.listed += 1;
    if (object.kind === 'dispute' && object.status === 'lost' && owner.org) {
      await checkLostDispute(run, scope, owner.org, object);
    }
    return;
  }
  if (object.kind === 'charge') {
    run.summary.listed += 1;
    report(run, scope, owner.org, object, owner.missing[0] ?? '', 'charge_unrecorded');
    return;
  }
  let effect: MoneyEffect | 'error';
  try {
    effect = await repair(run, scope, object);
  } catch (error) {
    logger.error('money object not repaired', { stripeId: object.id, ...errorFields(error) });
    effect = 'error';
  }
  // A refund or dispute of a charge that is not ours (another system on the same account).
  if (effect === 'not_ours') return;
  run.summary.listed += 1;
  owner = await ownerOf(run.db, scope, object, keys);
  const [missing] = owner.missing;
  if (missing === undefined) {
    run.summary.repaired.push({ org: owner.org, object: object.kind, stripeId: object.id });
    return;
  }
  report(run, scope, owner.org, object, missing, effect === 'booked' ? 'nothing_new' : effect);
}

/**
 * A lost dispute books nothing new (its withdrawal stays), but its payment must say `lost`: the
 * donations export shows it. A lost `charge.dispute.closed` is mended by the same use case.
 */
async function checkLostDispute(
  run: Run,
  scope: MoneyScope,
  org: string,
  dispute: Extract<ListedMoneyObject, { kind: 'dispute' }>,
) {
  const withdrawal = await findLedgerEntry(
    run.db,
    { orgSlug: org },
    `dispute_withdrawal:${dispute.id}`,
  );
  const pledgeId = withdrawal?.source.pledgeId;
  if (!pledgeId) return;
  const stateOf = async () => (await findPayment(run.db, pledgeId))?.disputeStatus ?? 'none';
  if ((await stateOf()) === 'lost') return;
  try {
    await repair(run, scope, dispute);
  } catch (error) {
    logger.error('lost dispute not marked', { stripeId: dispute.id, ...errorFields(error) });
  }
  const ours = await stateOf();
  if (ours === 'lost') {
    run.summary.repaired.push({ org, object: 'dispute', stripeId: dispute.id });
    return;
  }
  run.findings.push({
    code: 'dispute_state_mismatch',
    org,
    pledgeId,
    disputeId: dispute.id,
    ours,
    stripe: 'lost',
  });
}

function report(
  run: Run,
  scope: MoneyScope,
  org: string | undefined,
  object: ListedMoneyObject,
  entryKey: string,
  reason: Extract<Finding, { code: 'ledger_entry_missing' }>['reason'],
) {
  run.findings.push({
    code: 'ledger_entry_missing',
    org,
    accountId: scope.accountId,
    object: object.kind,
    stripeId: object.id,
    entryKey,
    reason,
  });
}

/**
 * The organisation whose books hold (or should hold) the object, and its entries still missing.
 * On a connected account it is the account's one organisation; on the shared account, the one
 * whose books hold its first entry, or else its charge's payment.
 */
async function ownerOf(
  db: Db,
  scope: MoneyScope,
  object: ListedMoneyObject,
  keys: readonly string[],
): Promise<{ org: string | undefined; missing: string[] }> {
  const candidates = scope.accountId ? scope.orgs.slice(0, 1) : scope.orgs;
  let fallback: string | undefined;
  for (const org of candidates) {
    const missing: string[] = [];
    for (const key of keys)
      if (!(await findLedgerEntry(db, { orgSlug: org }, key))) missing.push(key);
    if (missing.length < keys.length) return { org, missing };
    if (
      'chargeId' in object &&
      (await findLedgerEntry(db, { orgSlug: org }, `payment:${object.chargeId}`))
    ) {
      fallback = org;
    }
  }
  return { org: fallback ?? (scope.accountId ? candidates[0] : undefined), missing: [...keys] };
}

/** The webhook's own use case for the object, on its account. */
function repair(run: Run, scope: MoneyScope, object: ListedMoneyObject): Promise<MoneyEffect> {
  const deps = { db: run.db, payments: { gateway: run.source.gateway }, now: run.now() };
  const org = scope.orgs[0];
  const account = scope.accountId && org ? { accountId: scope.accountId, orgSlug: org } : undefined;
  switch (object.kind) {
    case 'refund':
      return bookChargeRefunds(deps, object.chargeId, account);
    case 'dispute':
      return bookDispute(deps, object.id, account);
    case 'payout':
      return bookPayoutEvent(deps, object.id, account);
    case 'charge':
      return Promise.resolve('nothing_new');
  }
}

/** How many ledger entries are asked of Stripe at once: well inside its rate limit. */
const CONCURRENCY = 4;

/**
 * Each of the period's entries of `org` must name an object Stripe has on the scope's account:
 * one it just listed, or else one it finds when asked (an object created before the period).
 */
async function checkEntries(run: Run, scope: MoneyScope, org: string, since: Date) {
  const period = {
    from: since.toISOString(),
    to: new Date(run.now().getTime() + ARRIVAL_MARGIN_MS).toISOString(),
  };
  const asked = async function* () {
    for await (const read of ledgerEntryReads(run.db, { orgSlug: org }, period)) {
      if ('entry' in read) yield read.entry;
    }
  };
  await eachAtOnce(asked(), CONCURRENCY, async (entry) => {
    const object = stripeObjectOf(entry);
    if (!object) return;
    run.summary.entriesChecked += 1;
    if (run.listedIds.has(object.id)) return;
    if (await run.source.lister.hasMoneyObject(object.kind, object.id, scope.accountId)) return;
    run.findings.push({
      code: 'ledger_entry_unknown_to_stripe',
      org,
      key: entry.key,
      object: object.kind,
      stripeId: object.id,
    });
  });
}

/** Stripe's money objects and gateway through the real SDK (or the emulator with `apiBase`). */
export function stripeLedgerSource(options: {
  secretKey: string;
  apiBase?: string;
}): StripeLedgerSource {
  const stripe = createStripeClient(options);
  return { lister: moneyLister(stripe), gateway: stripeGateway(stripe, {}) };
}
