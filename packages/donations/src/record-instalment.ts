import { type InvoiceState, NotFoundError, type Payments } from '@haven/core';
import {
  applyInvoiceFailed,
  applyInvoicePaid,
  type Db,
  getPledge,
  type InstalmentEffect,
  syncMonthlyPledge,
} from '@haven/db';

type Deps = { db: Db; payments: Pick<Payments, 'gateway'>; now: Date };

export type InstalmentResult = {
  effect: InstalmentEffect | 'no_change' | 'not_ours';
  pledgeId: string | undefined;
};

/**
 * Connect: the connected account the event happened on and the organisation that owns it (from
 * the event's `account`). Only that organisation's pledges may change, whatever the metadata of
 * the invoice or subscription names.
 */
type AccountOfEvent = { accountId: string; orgSlug: string };

/** Reads the invoice as Stripe holds it now; one Stripe does not know is not ours. */
async function findInvoice(deps: Deps, invoiceId: string, account?: AccountOfEvent) {
  try {
    return await deps.payments.gateway.getInvoice({ invoiceId, account: account?.accountId });
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** Whether the pledge belongs to the organisation whose account the event came from. */
async function ownedByAccount(db: Db, pledgeId: string, account?: AccountOfEvent) {
  if (!account) return true;
  try {
    return (await getPledge(db, pledgeId)).orgSlug === account.orgSlug;
  } catch (error) {
    if (error instanceof NotFoundError) return false;
    throw error;
  }
}

/**
 * `invoice.paid`: the instalment becomes a payment of its pledge, once (see applyInvoicePaid). The
 * invoice, not the checkout event, records the money, so the first instalment counts once
 * whichever of the two arrives first.
 */
export async function recordInvoicePaid(
  deps: Deps,
  input: { eventKey: string; invoiceId: string; account?: AccountOfEvent },
): Promise<InstalmentResult> {
  const invoice = await findInvoice(deps, input.invoiceId, input.account);
  if (!invoice?.pledgeId || !(await ownedByAccount(deps.db, invoice.pledgeId, input.account))) {
    return { effect: 'not_ours', pledgeId: undefined };
  }
  const effect = await applyInvoicePaid(deps.db, {
    eventKey: input.eventKey,
    invoice,
    now: deps.now,
  });
  return { effect: effect === 'unknown_pledge' ? 'not_ours' : effect, pledgeId: invoice.pledgeId };
}

/** `invoice.payment_failed`: the donor is told once per invoice how to fix the card. */
export async function recordInvoiceFailed(
  deps: Deps,
  input: { eventKey: string; invoiceId: string; account?: AccountOfEvent },
): Promise<InstalmentResult> {
  const invoice: InvoiceState | undefined = await findInvoice(deps, input.invoiceId, input.account);
  if (!invoice?.pledgeId || !(await ownedByAccount(deps.db, invoice.pledgeId, input.account))) {
    return { effect: 'not_ours', pledgeId: undefined };
  }
  const effect = await applyInvoiceFailed(deps.db, {
    eventKey: input.eventKey,
    invoice,
    now: deps.now,
  });
  return { effect: effect === 'unknown_pledge' ? 'not_ours' : effect, pledgeId: invoice.pledgeId };
}

/**
 * Any subscription event, and a monthly gift's completed checkout: the pledge's copy of its
 * subscription is rewritten from Stripe's current state, so any order of events ends the same.
 */
export async function syncSubscription(
  deps: Deps,
  input: { eventKey: string; subscriptionId: string; account?: AccountOfEvent },
): Promise<InstalmentResult> {
  let state: Awaited<ReturnType<Payments['gateway']['getSubscription']>>;
  try {
    state = await deps.payments.gateway.getSubscription({
      subscriptionId: input.subscriptionId,
      account: input.account?.accountId,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return { effect: 'not_ours', pledgeId: undefined };
    throw error;
  }
  if (!state.pledgeId || !(await ownedByAccount(deps.db, state.pledgeId, input.account))) {
    return { effect: 'not_ours', pledgeId: undefined };
  }
  const effect = await syncMonthlyPledge(deps.db, {
    eventKey: input.eventKey,
    pledgeId: state.pledgeId,
    state,
    now: deps.now,
  });
  return { effect: effect === 'unknown_pledge' ? 'not_ours' : effect, pledgeId: state.pledgeId };
}
