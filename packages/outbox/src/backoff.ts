/**
 * When to try a failed email again: quickly at first (a blip), then spaced out (an outage).
 * After the last delay the item is marked failed and an alarm asks a person to look.
 */
export const DEFAULT_RETRY_DELAYS_MS = [
  10_000,
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
];

export function nextAttemptAt(
  attemptsSoFar: number,
  now: Date,
  delays: readonly number[],
): Date | null {
  const delay = delays[attemptsSoFar];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}
