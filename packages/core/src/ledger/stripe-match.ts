import type { LedgerEntry } from './entry';

export type StripeMoneyKind = 'charge' | 'refund' | 'dispute' | 'payout';

/**
 * A charge, refund, dispute or payout as Stripe lists it for reconciliation: ids, state and how
 * many balance transactions it has written, never a donor's details.
 */
export type ListedMoneyObject =
  | {
      kind: 'charge';
      id: string;
      /** Our Checkout's pledge id from the charge's metadata; undefined for another system's. */
      pledgeId: string | undefined;
      succeeded: boolean;
      /** Stripe has written its balance transaction (its fee and net are known). */
      settled: boolean;
    }
  | { kind: 'refund'; id: string; chargeId: string; succeeded: boolean; settled: boolean }
  | {
      kind: 'dispute';
      id: string;
      chargeId: string;
      movements: number;
      /** Stripe's needs_response, under_review and warnings are all `open`: the bank has not decided. */
      status: 'open' | 'won' | 'lost';
    }
  | { kind: 'payout'; id: string; status: string; failureSettled: boolean };

/**
 * Stripe's money objects on one account, through its list calls (`account`: a connected
 * account; absent, the service's own).
 */
export interface MoneyLister {
  /** Every charge, refund, dispute and payout created since `since`, each kind newest first. */
  listMoney(since: Date, account?: string): AsyncIterable<ListedMoneyObject>;
  /** Whether Stripe has this object on the account (false when it answers "no such"). */
  hasMoneyObject(kind: StripeMoneyKind, id: string, account?: string): Promise<boolean>;
}

/**
 * The ledger entries a Stripe object must have, as the webhooks book them: a settled charge of
 * ours its payment, a succeeded refund its refund, each of a dispute's balance transactions its
 * withdrawal then reinstatement, a paid or failed payout its payout and a failed one its return.
 * An object still moving (a pending refund, a payout in transit) is owed nothing yet.
 */
export function entryKeysOf(object: ListedMoneyObject): string[] {
  switch (object.kind) {
    case 'charge':
      return object.pledgeId && object.succeeded && object.settled ? [`payment:${object.id}`] : [];
    case 'refund':
      return object.succeeded && object.settled ? [`refund:${object.id}`] : [];
    case 'dispute':
      return [`dispute_withdrawal:${object.id}`, `dispute_reinstatement:${object.id}`].slice(
        0,
        Math.min(2, object.movements),
      );
    case 'payout':
      if (object.status === 'paid') return [`payout:${object.id}`];
      if (object.status === 'failed') {
        return [
          `payout:${object.id}`,
          ...(object.failureSettled ? [`payout_failure:${object.id}`] : []),
        ];
      }
      return [];
  }
}

/** The Stripe object an entry books, to ask Stripe it exists; undefined for a reversal. */
export function stripeObjectOf(
  entry: Pick<LedgerEntry, 'kind' | 'source'>,
): { kind: StripeMoneyKind; id: string } | undefined {
  const id = entry.source.stripeId;
  switch (entry.kind) {
    case 'payment':
      return { kind: 'charge', id };
    case 'refund':
      return { kind: 'refund', id };
    case 'dispute_withdrawal':
    case 'dispute_reinstatement':
      return { kind: 'dispute', id };
    case 'payout':
    case 'payout_failure':
      return { kind: 'payout', id };
    case 'reversal':
      return undefined;
  }
}
