import { markOutboxAttemptFailed, markOutboxSent, type OutboxItem } from '@haven/db';
import { logger } from '@haven/log';
import { nextAttemptAt } from './backoff';
import type { OutboxDeps, SendResult } from './send-outbox-item';

/** How long one run may queue pages before leaving the rest to the next (its lease is 60 s). */
const FANOUT_BUDGET_MS = 20_000;

type FanoutItem = Extract<OutboxItem, { pages: number }>;

/**
 * Runs a fan-out item: `step` queues one page (saving its cursor with what it queued) until no
 * page is left, then the item is sent. Past the budget the lease runs out and the next run
 * resumes from the saved cursor; a failed step is retried on the outbox's schedule.
 */
export async function fanOutPages<T extends FanoutItem>(
  deps: OutboxDeps,
  start: T,
  step: (item: T) => Promise<{ more: boolean; item: T }>,
): Promise<SendResult> {
  const began = Date.now();
  let item = start;
  try {
    for (;;) {
      const next = await step(item);
      item = next.item;
      if (!next.more) break;
      if (Date.now() - began > FANOUT_BUDGET_MS) return 'skipped';
    }
  } catch (error) {
    const code = error instanceof Error ? error.name : 'unknown';
    const retryAt = nextAttemptAt(start.attempts, deps.now(), deps.retryDelaysMs);
    await markOutboxAttemptFailed(deps.db, item, code, retryAt);
    logger.warn('outbox item not sent', { outboxId: item.id, code, retry: retryAt !== null });
    return retryAt ? 'retry' : 'failed';
  }
  await markOutboxSent(deps.db, item.id, `pages_${item.pages}`, deps.now());
  logger.info('fan-out queued', { outboxId: item.id, pages: item.pages });
  return 'sent';
}
