import type Stripe from 'stripe';
import { invalidRequest } from './errors';
import { withCurrentStatus } from './objects/balance-transaction';
import type { Store } from './store';

/**
 * Stripe's `expand[]`: a dotted path replaces an id with its object, and `a.b` expands `a` on
 * the way. Each object type knows which of its fields can be expanded; anything else is the
 * same 400 Stripe gives. Objects are copied, never the stored ones mutated.
 */
type Expander<T> = (store: Store, object: T, paths: string[], now: number) => T;

function byHead(paths: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const [head = '', ...rest] = path.split('.');
    const group = groups.get(head) ?? [];
    if (rest.length > 0) group.push(rest.join('.'));
    groups.set(head, group);
  }
  return groups;
}

function cannotExpand(field: string): never {
  throw invalidRequest(`This property cannot be expanded (${field}).`, 'expand');
}

export const expandBalanceTransaction: Expander<Stripe.BalanceTransaction> = (
  store,
  txn,
  paths,
  now,
) => {
  const out = withCurrentStatus(txn, now);
  for (const [field, rest] of byHead(paths)) {
    if (field !== 'source') cannotExpand(field);
    const charge = typeof out.source === 'string' ? store.charges.get(out.source) : undefined;
    if (charge) out.source = expandCharge(store, charge, rest, now);
  }
  return out;
};

export const expandCharge: Expander<Stripe.Charge> = (store, charge, paths, now) => {
  const out = { ...charge };
  for (const [field, rest] of byHead(paths)) {
    if (field === 'balance_transaction') {
      const txn =
        typeof out.balance_transaction === 'string'
          ? store.balanceTransactions.get(out.balance_transaction)
          : undefined;
      if (txn) out.balance_transaction = expandBalanceTransaction(store, txn, rest, now);
    } else if (field === 'payment_intent') {
      const pi =
        typeof out.payment_intent === 'string'
          ? store.paymentIntents.get(out.payment_intent)
          : undefined;
      if (pi) out.payment_intent = expandPaymentIntent(store, pi, rest, now);
    } else {
      cannotExpand(field);
    }
  }
  return out;
};

export const expandPaymentIntent: Expander<Stripe.PaymentIntent> = (store, pi, paths, now) => {
  const out = { ...pi };
  for (const [field, rest] of byHead(paths)) {
    if (field !== 'latest_charge') cannotExpand(field);
    const charge =
      typeof out.latest_charge === 'string' ? store.charges.get(out.latest_charge) : undefined;
    if (charge) out.latest_charge = expandCharge(store, charge, rest, now);
  }
  return out;
};

export const expandSession: Expander<Stripe.Checkout.Session> = (store, session, paths, now) => {
  const out = { ...session };
  for (const [field, rest] of byHead(paths)) {
    if (field !== 'payment_intent') cannotExpand(field);
    const pi =
      typeof out.payment_intent === 'string'
        ? store.paymentIntents.get(out.payment_intent)
        : undefined;
    if (pi) out.payment_intent = expandPaymentIntent(store, pi, rest, now);
  }
  return out;
};
