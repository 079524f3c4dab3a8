import { type ListedMoneyObject, type MoneyLister, NotFoundError } from '@haven/core';
import type Stripe from 'stripe';
import { callStripe as call } from './call';
import { disputeStatus } from './money-gateway';

const idOf = (value: string | { id: string } | null | undefined): string =>
  typeof value === 'string' ? value : (value?.id ?? '');

/** The call's options: on the connected account (Connect), else on the service's own. */
const on = (account: string | undefined): Stripe.RequestOptions =>
  account ? { stripeAccount: account } : {};

/**
 * The period's charges, refunds, disputes and payouts through the SDK's list calls and their
 * auto-pagination (100 a page): one object at a time, so a long period never sits in memory.
 * Only ids and states leave: a charge's billing details (the donor's name and email) stay here.
 */
export function moneyLister(stripe: Stripe): MoneyLister {
  return {
    async *listMoney(since, account) {
      const params = { created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 };
      for await (const charge of stripe.charges.list(params, on(account))) {
        yield chargeListed(charge);
      }
      for await (const refund of stripe.refunds.list(params, on(account))) {
        yield {
          kind: 'refund',
          id: refund.id,
          chargeId: idOf(refund.charge),
          succeeded: refund.status === 'succeeded',
          settled: refund.balance_transaction !== null,
        };
      }
      for await (const dispute of stripe.disputes.list(params, on(account))) {
        yield {
          kind: 'dispute',
          id: dispute.id,
          chargeId: idOf(dispute.charge),
          movements: dispute.balance_transactions.length,
          status: disputeStatus(dispute.status),
        };
      }
      for await (const payout of stripe.payouts.list(params, on(account))) {
        yield {
          kind: 'payout',
          id: payout.id,
          status: payout.status,
          failureSettled: payout.failure_balance_transaction !== null,
        };
      }
    },
    async hasMoneyObject(kind, id, account) {
      const retrieve = {
        charge: async () => (await stripe.charges.retrieve(id, {}, on(account))).id,
        refund: async () => (await stripe.refunds.retrieve(id, {}, on(account))).id,
        dispute: async () => (await stripe.disputes.retrieve(id, {}, on(account))).id,
        payout: async () => (await stripe.payouts.retrieve(id, {}, on(account))).id,
      }[kind];
      try {
        await call(retrieve);
        return true;
      } catch (error) {
        if (error instanceof NotFoundError) return false;
        throw error;
      }
    },
  };
}

function chargeListed(charge: Stripe.Charge): ListedMoneyObject {
  return {
    kind: 'charge',
    id: charge.id,
    pledgeId: charge.metadata.pledgeId,
    succeeded: charge.status === 'succeeded',
    settled: charge.balance_transaction !== null,
  };
}
