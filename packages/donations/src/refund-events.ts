import { type MoneyAccount, type Payments, planRefund } from '@haven/core';
import type { Db } from '@haven/db';
import { bookOnce } from './book-money';
import { paymentOfCharge } from './payment-of-charge';

export type MoneyEffect = 'booked' | 'nothing_new' | 'not_ours' | 'payment_not_recorded';

/**
 * `charge.refunded` and `refund.*`: books every succeeded refund of the charge that is not in the
 * ledger yet, oldest first, reading them from Stripe as they are now. Whichever event (or the
 * staff refund's own answer) comes first books a refund; the others find it booked. With Connect,
 * `account` is the event's: the refunds are read there, and only its organisation's payment moves.
 */
export async function bookChargeRefunds(
  deps: { db: Db; payments: Pick<Payments, 'gateway'>; now: Date },
  chargeId: string,
  account?: MoneyAccount,
): Promise<MoneyEffect> {
  const { gateway } = deps.payments;
  const owner = await paymentOfCharge({ db: deps.db, gateway }, chargeId, account);
  if (owner.found === 'nothing') return 'not_ours';
  if (owner.found === 'pledge_only') return 'payment_not_recorded';
  const refunds = await gateway.refundsOfCharge(chargeId, account?.accountId);
  let booked = false;
  for (const refund of refunds) {
    const movement = refund.movement;
    if (refund.status !== 'succeeded' || !movement) continue;
    const result = await bookOnce(
      deps.db,
      owner.payment.pledgeId,
      `refund:${refund.id}`,
      (payment) => planRefund(payment, { ...refund, movement }, deps.now),
    );
    booked ||= result === 'booked';
  }
  return booked ? 'booked' : 'nothing_new';
}
