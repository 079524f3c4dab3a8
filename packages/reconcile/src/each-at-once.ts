/**
 * Runs `work` on each item with at most `concurrency` at once, taking items as they are read:
 * the workers share one iterator (an async generator queues concurrent `next()`s), so a long
 * stream is never listed first. The first failure stops the workers and is thrown.
 */
export async function eachAtOnce<T>(
  items: AsyncIterable<T>,
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const queue = (async function* () {
    yield* items;
  })();
  let failed = false;
  const worker = async () => {
    while (!failed) {
      const { value, done } = await queue.next();
      if (done) return;
      try {
        await work(value);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Every worker is awaited, so none is left running after a failure returns.
  const settled = await Promise.allSettled(Array.from({ length: concurrency }, worker));
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
}
