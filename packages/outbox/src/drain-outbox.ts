import { listDueOutbox } from '@haven/db';
import { errorFields, logger } from '@haven/log';
import { type OutboxDeps, type SendResult, sendOutboxItem } from './send-outbox-item';

/** Sends every item that is due now, one at a time, and says what happened to each. */
export async function drainOutbox(deps: OutboxDeps): Promise<Record<SendResult, number>> {
  const counts: Record<SendResult, number> = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (;;) {
    const due = await listDueOutbox(deps.db, deps.now());
    if (due.length === 0) return counts;
    let progressed = false;
    for (const item of due) {
      let result: SendResult;
      try {
        result = await sendOutboxItem(deps, item.id);
      } catch (error) {
        // One item's trouble (a throttled write, a race with another worker) must not keep the
        // rest waiting: its lease runs out and a later run takes it again.
        logger.error('outbox item skipped', { outboxId: item.id, ...errorFields(error) });
        result = 'skipped';
      }
      counts[result]++;
      if (result !== 'skipped') progressed = true;
    }
    // Everything due is leased by another worker: leave it to them.
    if (!progressed) return counts;
  }
}
