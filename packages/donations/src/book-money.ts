import { type MoneyPlan, type Payment, TemporarilyUnavailableError } from '@haven/core';
import { applyMoneyPlan, type Db, findLedgerEntry, getPayment } from '@haven/db';

const MAX_ATTEMPTS = 10;

/**
 * Books a refund's or dispute's plan exactly once: skips an entry already booked, and plans again
 * from the stored payment whenever another movement of the same payment booked in between.
 */
export async function bookOnce(
  db: Db,
  pledgeId: string,
  entryKey: string,
  plan: (payment: Payment) => MoneyPlan | undefined,
): Promise<'booked' | 'already_booked' | 'nothing'> {
  for (let attempt = 1; ; attempt++) {
    const payment = await getPayment(db, pledgeId);
    if (await findLedgerEntry(db, payment, entryKey)) return 'already_booked';
    const planned = plan(payment);
    if (!planned) return 'nothing';
    const result = await applyMoneyPlan(db, planned);
    if (result !== 'stale') return result;
    if (attempt >= MAX_ATTEMPTS) throw new TemporarilyUnavailableError('payment contended');
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
  }
}
