import { type MoneyAccount, NotFoundError, type Payment, type PaymentGateway } from '@haven/core';
import { type Db, findPayment, findPledge } from '@haven/db';

export type ChargeOwner =
  | { found: 'payment'; payment: Payment }
  /** A charge of ours whose payment is not recorded yet (its checkout event is still to come). */
  | { found: 'pledge_only'; pledgeId: string }
  | { found: 'nothing' };

/**
 * The organisation (through our own payment record) a Stripe charge belongs to. The one place an
 * event about a charge is attributed: the pledge id our Checkout put on the charge leads to the
 * payment, which must name this very charge, so a charge made elsewhere with a copied pledge id
 * finds nothing. With Connect, the charge is read on the event's account and its payment (or
 * pledge) must be of the account's organisation: metadata on another NGO's account can name any
 * pledge id, so it alone never attributes money to a different organisation.
 */
export async function paymentOfCharge(
  deps: { db: Db; gateway: Pick<PaymentGateway, 'pledgeOfCharge'> },
  chargeId: string,
  account?: MoneyAccount,
): Promise<ChargeOwner> {
  let pledgeId: string | undefined;
  try {
    pledgeId = await deps.gateway.pledgeOfCharge(chargeId, account?.accountId);
  } catch (error) {
    if (error instanceof NotFoundError) return { found: 'nothing' };
    throw error;
  }
  if (!pledgeId) return { found: 'nothing' };
  const payment = await findPayment(deps.db, pledgeId);
  if (!payment) {
    if (account && (await findPledge(deps.db, pledgeId))?.orgSlug !== account.orgSlug) {
      return { found: 'nothing' };
    }
    return { found: 'pledge_only', pledgeId };
  }
  if (account && payment.orgSlug !== account.orgSlug) return { found: 'nothing' };
  return payment.chargeId === chargeId ? { found: 'payment', payment } : { found: 'nothing' };
}
