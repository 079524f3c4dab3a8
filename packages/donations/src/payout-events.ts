import {
  bookPayout,
  type LedgerEntry,
  type MoneyAccount,
  NotFoundError,
  type Payments,
  type PayoutPart,
  type StripePayoutState,
  TemporarilyUnavailableError,
} from '@haven/core';
import { bookLedgerEntry, type Db, findLedgerEntry, linkPayoutEntries } from '@haven/db';
import { logger } from '@haven/log';
import { paymentOfCharge } from './payment-of-charge';
import type { MoneyEffect } from './refund-events';

/** The entry a payout's balance transaction stands for; undefined for the payout's own. */
export function entryKeyOfPart(part: PayoutPart): string | undefined {
  switch (part.type) {
    case 'charge':
    case 'payment':
      return `payment:${part.source}`;
    case 'refund':
      return `refund:${part.source}`;
    case 'adjustment':
      return part.amount < 0
        ? `dispute_withdrawal:${part.source}`
        : `dispute_reinstatement:${part.source}`;
    case 'payout_failure':
      return `payout_failure:${part.source}`;
    default:
      return undefined;
  }
}

const LINK_BATCH = 100;

/**
 * `payout.paid` and `payout.failed`: files every entry the payout paid out under it (so its
 * reconciliation is one Query), then books the payout itself, balance to bank, and for a failed
 * one the way back. A part whose own entry is not booked yet (its event still on the way) makes
 * Stripe try again later. The organisation is the one whose payments the payout carries; with
 * Connect (`account`, the event's) the payout is read on that account and is its organisation's:
 * a connected account's balance is only ever that organisation's money.
 */
export async function bookPayoutEvent(
  deps: { db: Db; payments: Pick<Payments, 'gateway'> },
  payoutId: string,
  account?: MoneyAccount,
): Promise<MoneyEffect> {
  const { gateway } = deps.payments;
  let payout: StripePayoutState;
  try {
    payout = await gateway.getPayout(payoutId, account?.accountId);
  } catch (error) {
    // Not on this account (or gone): nothing of ours to book.
    if (error instanceof NotFoundError) return 'not_ours';
    throw error;
  }
  const orgSlug = account ? account.orgSlug : await ownerOfPayout(deps, payoutId);
  if (orgSlug === 'not_ours') return 'not_ours';
  let batch: LedgerEntry[] = [];
  for await (const part of gateway.payoutParts(payoutId, account?.accountId)) {
    const key = entryKeyOfPart(part);
    if (!key) continue;
    const entry = await findLedgerEntry(deps.db, { orgSlug }, key);
    if (!entry) throw new TemporarilyUnavailableError(`payout part ${key} not booked yet`);
    batch.push(entry);
    if (batch.length >= LINK_BATCH) {
      await linkPayoutEntries(deps.db, { orgSlug }, payoutId, batch);
      batch = [];
    }
  }
  await linkPayoutEntries(deps.db, { orgSlug }, payoutId, batch);
  const paid = bookPayout({
    orgSlug,
    payoutId,
    failed: false,
    bookedAt: payout.arrivalDate,
    movement: payout.movement,
  });
  let booked = (await bookLedgerEntry(deps.db, paid)) === 'booked';
  if (payout.status === 'failed' && payout.failure) {
    const back = bookPayout({
      orgSlug,
      payoutId,
      failed: true,
      bookedAt: payout.failure.created,
      movement: payout.failure,
    });
    booked = (await bookLedgerEntry(deps.db, back)) === 'booked' || booked;
  }
  logger.info('payout booked', { payoutId, booked });
  return booked ? 'booked' : 'nothing_new';
}

/**
 * Before Connect every organisation shares the platform's account, so a payout is attributed by
 * the first charge it carries (a refund or dispute part names no charge directly); a payout that
 * carries no charge of ours is not ours.
 */
async function ownerOfPayout(
  deps: { db: Db; payments: Pick<Payments, 'gateway'> },
  payoutId: string,
): Promise<string | 'not_ours'> {
  const { gateway } = deps.payments;
  for await (const part of gateway.payoutParts(payoutId)) {
    if (part.type !== 'charge' && part.type !== 'payment') continue;
    const owner = await paymentOfCharge({ db: deps.db, gateway }, part.source);
    if (owner.found === 'payment') return owner.payment.orgSlug;
    if (owner.found === 'pledge_only') {
      throw new TemporarilyUnavailableError('payout carries a payment not recorded yet');
    }
  }
  return 'not_ours';
}
