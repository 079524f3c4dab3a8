import { type Db, findPledge, listOutboxItems, type ReceiptOutboxItem } from '@haven/db';
import type { Finding } from './report';

/** A due email not sent within this long is stuck: the worker retries within minutes. */
export const STUCK_AFTER_MS = 60 * 60 * 1000;

/**
 * Receipt emails that failed for good, and those due for more than an hour and still pending
 * (both are GSI2 lists, read with a Query). Outbox items carry a pledge id, not an
 * organisation, so with `org` each item's pledge is read to keep only that organisation's.
 */
export async function checkOutbox(
  db: Db,
  now: Date,
  org: string | undefined,
): Promise<{ failed: number; stuck: number; findings: Finding[] }> {
  const cutoff = new Date(now.getTime() - STUCK_AFTER_MS);
  const [failed, stuck] = await Promise.all([
    listOutboxItems(db, 'failed').then(receiptsOnly),
    listOutboxItems(db, 'pending', cutoff).then(receiptsOnly),
  ]);
  const [failedHere, stuckHere] = await Promise.all([
    ofOrg(db, failed, org),
    ofOrg(db, stuck, org),
  ]);
  const findings: Finding[] = [
    ...failedHere.map(
      (item): Finding => ({
        code: 'outbox_failed',
        outboxId: item.id,
        pledgeId: item.pledgeId,
        attempts: item.attempts,
        lastError: item.lastError,
      }),
    ),
    ...stuckHere.map(
      (item): Finding => ({
        code: 'outbox_stuck',
        outboxId: item.id,
        pledgeId: item.pledgeId,
        dueAt: item.dueAt,
        attempts: item.attempts,
      }),
    ),
  ];
  return { failed: failedHere.length, stuck: stuckHere.length, findings };
}

// Staff sign-in links expire in minutes: a late one is useless, not a finding about money.
const receiptsOnly = (items: Awaited<ReturnType<typeof listOutboxItems>>) =>
  items.filter((item): item is ReceiptOutboxItem => item.kind === 'receipt');

async function ofOrg(db: Db, items: ReceiptOutboxItem[], org: string | undefined) {
  if (!org) return items;
  const owners = await Promise.all(items.map((item) => findPledge(db, item.pledgeId)));
  return items.filter((_, i) => owners[i]?.orgSlug === org);
}
