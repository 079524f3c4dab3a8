import { type Db, deleteDonorSession, eraseDonorData } from '@haven/db';
import { logger } from '@haven/log';

/**
 * A person's erasure, asked from their donor space: their personal data leaves every gift and
 * copy (see eraseDonorData for what stays and why), then the session that asked ends, since
 * nothing is left for it to show. Logged with a count, never with who.
 */
export async function eraseDonor(
  deps: { db: Db; now: Date },
  input: { emailKey: string; sessionHash: string },
): Promise<void> {
  const { gifts } = await eraseDonorData(deps.db, input.emailKey, deps.now);
  await deleteDonorSession(deps.db, input.sessionHash);
  logger.info('donor erased', { gifts });
}
