import { NotFoundError, type Payment, type PaymentGateway } from '@haven/core';
import { type Db, findPayment } from '@haven/db';

export type ChargeOwner =
  | { found: 'payment'; payment: Payment }
  /** A charge of ours whose payment is not recorded yet (its checkout event is still to come). */
  | { found: 'pledge_only'; pledgeId: string }
  | { found: 'nothing' };

/**
 * The organisation (through our own payment record) a Stripe charge belongs to. The one place an
 * event about a charge is attributed: the pledge id our Checkout put on the charge leads to the
 * payment, which must name this very charge, so a charge made elsewhere with a copied pledge id
 * finds nothing. With Connect (issue 9), the event's account is checked here against the
 * organisation's connected account.
 */
export async function paymentOfCharge(
  deps: { db: Db; gateway: Pick<PaymentGateway, 'pledgeOfCharge'> },
  chargeId: string,
): Promise<ChargeOwner> {
  let pledgeId: string | undefined;
  try {
    pledgeId = await deps.gateway.pledgeOfCharge(chargeId);
  } catch (error) {
    if (error instanceof NotFoundError) return { found: 'nothing' };
    throw error;
  }
  if (!pledgeId) return { found: 'nothing' };
  const payment = await findPayment(deps.db, pledgeId);
  if (!payment) return { found: 'pledge_only', pledgeId };
  return payment.chargeId === chargeId ? { found: 'payment', payment } : { found: 'nothing' };
}
