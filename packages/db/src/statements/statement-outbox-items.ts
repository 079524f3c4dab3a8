import * as z from 'zod';
import { OutboxState } from '../updates/update-outbox-items';

const Day = z.iso.date();

/**
 * One donor's statement of a period. It holds the person's emailKey, never their address: the
 * worker finds that, their name and language from their payments of the period when it sends,
 * so a donor erased meanwhile gets nothing. `bulk` counts it in the period's run.
 */
export const StatementOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('statement'),
  orgSlug: z.string(),
  emailKey: z.string(),
  from: Day,
  to: Day,
  bulk: z.boolean(),
});
export type StatementOutboxItem = z.infer<typeof StatementOutboxItem>;

/**
 * Every donor of a period their statement: the worker pages through the organisation's payments
 * of the period and queues one statement item per new person, page by page with the cursor, so
 * a worker stopped halfway resumes after the last page it queued.
 */
export const StatementFanoutOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('statement-fanout'),
  orgSlug: z.string(),
  from: Day,
  to: Day,
  pages: z.number().int().nonnegative().default(0),
  cursor: z.record(z.string(), z.string()).optional(),
});
export type StatementFanoutOutboxItem = z.infer<typeof StatementFanoutOutboxItem>;
