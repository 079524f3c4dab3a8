import { type InvoiceState, NotFoundError, type Payments } from '@haven/core';
import {
  applyInvoiceFailed,
  applyInvoicePaid,
  type Db,
  type InstalmentEffect,
  syncMonthlyPledge,
} from '@haven/db';

type Deps = { db: Db; payments: Pick<Payments, 'gateway'>; now: Date };

export type InstalmentResult = {
  effect: InstalmentEffect | 'no_change' | 'not_ours';
  pledgeId: string | undefined;
};

/** Reads the invoice as Stripe holds it now; one Stripe does not know is not ours. */
async function findInvoice(deps: Deps, invoiceId: string, account?: string) {
  try {
    return await deps.payments.gateway.getInvoice({ invoiceId, account });
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
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
  input: { eventKey: string; invoiceId: string; account?: string },
): Promise<InstalmentResult> {
  const invoice = await findInvoice(deps, input.invoiceId, input.account);
  if (!invoice?.pledgeId) return { effect: 'not_ours', pledgeId: undefined };
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
  input: { eventKey: string; invoiceId: string; account?: string },
): Promise<InstalmentResult> {
  const invoice: InvoiceState | undefined = await findInvoice(deps, input.invoiceId, input.account);
  if (!invoice?.pledgeId) return { effect: 'not_ours', pledgeId: undefined };
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
  input: { eventKey: string; subscriptionId: string; account?: string },
): Promise<InstalmentResult> {
  let state: Awaited<ReturnType<Payments['gateway']['getSubscription']>>;
  try {
    state = await deps.payments.gateway.getSubscription({
      subscriptionId: input.subscriptionId,
      account: input.account,
    });
  } catch (error) {
    if (error instanceof NotFoundError) return { effect: 'not_ours', pledgeId: undefined };
    throw error;
  }
  if (!state.pledgeId) return { effect: 'not_ours', pledgeId: undefined };
  const effect = await syncMonthlyPledge(deps.db, {
    eventKey: input.eventKey,
    pledgeId: state.pledgeId,
    state,
    now: deps.now,
  });
  return { effect: effect === 'unknown_pledge' ? 'not_ours' : effect, pledgeId: state.pledgeId };
}
