import {
  ConflictError,
  checkGiftAmount,
  feeCover,
  type Locale,
  type Payments,
  type Pledge,
  type SubscriptionState,
  ValidationError,
} from '@haven/core';
import { type Db, getOrganisation, saveMonthlyPledge } from '@haven/db';

export type MonthlyDeps = { db: Db; payments: Payments; now: Date };

/** The pledge and, when its organisation has one, the connected Stripe account it lives on. */
export type MonthlyInput = { pledge: Pledge; account?: string };

/**
 * The account a monthly gift lives on: the one given, else with Connect its organisation's own
 * account (where startDonation opened the subscription), else the service's (undefined).
 */
async function accountOf(
  deps: { db: Db; payments: Payments },
  input: MonthlyInput,
): Promise<string | undefined> {
  if (input.account || !deps.payments.connect) return input.account;
  return (await getOrganisation(deps.db, input.pledge.orgSlug)).stripeAccount?.accountId;
}

/** The subscription behind a monthly pledge that can still change; anything else is refused. */
function liveSubscription(pledge: Pledge): string {
  if (pledge.frequency !== 'monthly' || !pledge.subscriptionId) {
    throw new ConflictError(`pledge ${pledge.id} is not a running monthly gift`);
  }
  if (pledge.monthlyStatus === 'canceled') {
    throw new ConflictError(`the monthly gift of pledge ${pledge.id} is canceled`);
  }
  return pledge.subscriptionId;
}

/** Stores what Stripe now holds, and answers the pledge as it stands after the change. */
async function saved(deps: MonthlyDeps, pledge: Pledge, state: SubscriptionState) {
  await saveMonthlyPledge(deps.db, pledge.id, state, deps.now);
  return {
    ...pledge,
    subscriptionId: state.subscriptionId,
    customerId: state.customerId,
    monthlyStatus: state.status,
    gift: state.parts.gift,
    feeCover: state.parts.feeCover,
    updatedAt: deps.now.toISOString(),
  } satisfies Pledge;
}

/**
 * A new monthly amount, from the next instalment on (no proration: this month's stands). A donor
 * who covered the fee keeps covering it, recomputed for the new amount.
 */
export async function changeMonthlyAmount(
  deps: MonthlyDeps,
  input: MonthlyInput & { gift: number },
): Promise<Pledge> {
  const { pledge, gift } = input;
  const subscriptionId = liveSubscription(pledge);
  const problem = checkGiftAmount(gift, pledge.currency, [pledge.currency]);
  if (problem) {
    throw new ValidationError(`amount refused: ${problem}`, [{ path: 'amount', message: problem }]);
  }
  const cover = pledge.feeCover > 0 ? feeCover(gift, pledge.currency, deps.payments.feeModel) : 0;
  const state = await deps.payments.gateway.changeSubscriptionAmount({
    subscriptionId,
    gift,
    feeCover: cover,
    account: await accountOf(deps, input),
  });
  return saved(deps, pledge, state);
}

/** No instalments until resumed; the months paused are not owed later. */
export async function pauseMonthly(deps: MonthlyDeps, input: MonthlyInput): Promise<Pledge> {
  const subscriptionId = liveSubscription(input.pledge);
  const state = await deps.payments.gateway.pauseSubscription({
    subscriptionId,
    account: await accountOf(deps, input),
  });
  return saved(deps, input.pledge, state);
}

export async function resumeMonthly(deps: MonthlyDeps, input: MonthlyInput): Promise<Pledge> {
  const subscriptionId = liveSubscription(input.pledge);
  const state = await deps.payments.gateway.resumeSubscription({
    subscriptionId,
    account: await accountOf(deps, input),
  });
  return saved(deps, input.pledge, state);
}

/** Stops the monthly gift at once: no further instalments. Payments made stay as they are. */
export async function cancelMonthly(deps: MonthlyDeps, input: MonthlyInput): Promise<Pledge> {
  const subscriptionId = liveSubscription(input.pledge);
  const state = await deps.payments.gateway.cancelSubscription({
    subscriptionId,
    account: await accountOf(deps, input),
  });
  return saved(deps, input.pledge, state);
}

/**
 * Where the donor changes the card of a monthly gift: a Stripe billing portal session, which
 * brings them back to `returnUrl`, in their language where Stripe speaks it.
 */
export async function cardUpdateUrl(
  deps: Pick<MonthlyDeps, 'db' | 'payments'>,
  input: MonthlyInput & { returnUrl: string; locale?: Locale },
): Promise<string> {
  liveSubscription(input.pledge);
  const customerId = input.pledge.customerId;
  if (!customerId) throw new ConflictError(`pledge ${input.pledge.id} has no customer yet`);
  return deps.payments.gateway.cardUpdateUrl({
    customerId,
    returnUrl: input.returnUrl,
    locale: input.locale ?? input.pledge.locale,
    account: await accountOf(deps, input),
  });
}
