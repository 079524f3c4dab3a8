export type Schedule = {
  expression: string;
  /** Lambda's own retries of a failed run (it waits about 1 and then 2 minutes). */
  retries: number;
  /** A run not started by then is dropped, and lands in the dead-letter queue like a failure. */
  maxEventAgeSeconds?: number;
};

export const schedules = {
  // Daily, at a quiet hour in Europe; Stripe's balance for the day before has settled.
  reconcile: { expression: 'cron(30 3 * * ? *)', retries: 2 },
  // Sends whatever is due: first tries the stream missed, and retries on their backoff (the
  // items' dueAt). A run older than 15 minutes is superseded by the runs since, so it is not
  // kept waiting; leases keep overlapping runs from sending an item twice.
  outboxSweep: { expression: 'rate(5 minutes)', retries: 2, maxEventAgeSeconds: 15 * 60 },
} as const satisfies Record<string, Schedule>;
export type ScheduledFunction = keyof typeof schedules;
