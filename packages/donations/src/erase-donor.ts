import { ConflictError, type Payments } from '@haven/core';
import { type Db, deleteDonorSession, eraseDonorData, listDonorGifts } from '@haven/db';
import { logger } from '@haven/log';
import { cancelMonthly } from './manage-monthly';

/**
 * A person's erasure, asked from their donor space. Monthly gifts still running are cancelled
 * first: a later instalment would bring the name and address back from Stripe. Then their
 * personal data leaves every gift and copy (see eraseDonorData for what stays and why), and the
 * session that asked ends, since nothing is left for it to show. Logged with counts, never who.
 */
export async function eraseDonor(
  deps: { db: Db; now: Date; payments?: Payments },
  input: { emailKey: string; sessionHash: string },
): Promise<void> {
  const running = (await listDonorGifts(deps.db, input.emailKey))
    .map(({ pledge }) => pledge)
    .filter((pledge) => pledge.monthlyStatus && pledge.monthlyStatus !== 'canceled');
  if (running.length > 0 && !deps.payments) {
    throw new ConflictError('monthly gifts still run and payments are not configured here');
  }
  for (const pledge of running) {
    if (deps.payments) await cancelMonthly({ ...deps, payments: deps.payments }, { pledge });
  }
  const { gifts } = await eraseDonorData(deps.db, input.emailKey, deps.now);
  await deleteDonorSession(deps.db, input.sessionHash);
  logger.info('donor erased', { gifts, monthlyCancelled: running.length });
}
