import * as z from 'zod';

// The outbox's own fields, repeated rather than imported: outbox-repo imports this file.
export const OutboxState = {
  id: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int().nonnegative(),
  dueAt: z.iso.datetime(),
  leaseUntil: z.iso.datetime().optional(),
  lastError: z.string().optional(),
  providerId: z.string().optional(),
  sentAt: z.iso.datetime().optional(),
};

const UpdateRef = {
  orgSlug: z.string(),
  campaignSlug: z.string(),
  updateId: z.string(),
};

/**
 * An update's email, due at the time the fundraiser chose: the worker lists the campaign's
 * consenting supporters page by page and queues one batch item per page. `pages` and `cursor`
 * move together with each batch queued, so a worker stopped halfway resumes after the last page.
 */
export const UpdateFanoutOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('update-fanout'),
  ...UpdateRef,
  pages: z.number().int().nonnegative().default(0),
  cursor: z.record(z.string(), z.string()).optional(),
});
export type UpdateFanoutOutboxItem = z.infer<typeof UpdateFanoutOutboxItem>;

/** Up to one Resend batch of an update's recipients, by emailKey (read again when sending). */
export const UpdateBatchOutboxItem = z.object({
  ...OutboxState,
  kind: z.literal('update-batch'),
  ...UpdateRef,
  recipients: z.array(z.string()).min(1),
});
export type UpdateBatchOutboxItem = z.infer<typeof UpdateBatchOutboxItem>;
