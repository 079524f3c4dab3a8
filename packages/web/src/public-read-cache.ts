/**
 * What a campaign page reads that changes rarely (the organisation's profile, the campaign's
 * published updates), kept for a short while by a warm container so that a busy page waits on
 * one DynamoDB request, the campaign with its totals, which is read every time. The edge keeps
 * the whole page longer (cache-policy.ts), so this adds little staleness to what visitors see.
 * A pending read is shared too: a burst of visitors to a cold container reads the profile once.
 */
export type ReadCache<T> = (key: string, load: () => Promise<T>) => Promise<T>;

/** `ttlMs` 0: no cache, every read goes to the table (tests, the dev server). */
export function readCache<T>(ttlMs: number, clock: () => number, maxEntries = 1_000): ReadCache<T> {
  if (ttlMs <= 0) return (_key, load) => load();
  const entries = new Map<string, { until: number; value: Promise<T> }>();
  return (key, load) => {
    const now = clock();
    const kept = entries.get(key);
    if (kept && kept.until > now) return kept.value;
    entries.delete(key);
    // Bounded: past the limit the oldest entry goes (a Map keeps insertion order).
    if (entries.size >= maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    const value = load();
    entries.set(key, { until: now + ttlMs, value });
    // A failed read is not kept: the next visitor tries again.
    value.catch(() => entries.delete(key));
    return value;
  };
}
