/** Peak memory of reconciliation's checks at several sizes, each in its own process (median). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './stats';

export type MemoryFigure = { payments: number; streamedBytes: number; heldBytes: number };

function peak(root: string, payments: number, mode: 'streamed' | 'held'): number {
  const run = spawnSync(
    'npx',
    ['tsx', join(root, 'bench/measure/reconcile-memory-child.ts'), String(payments), mode],
    { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  if (run.status !== 0) throw new Error(`reconcile memory at ${payments} failed: ${run.stderr}`);
  const parsed: unknown = JSON.parse(run.stdout);
  if (typeof parsed !== 'object' || parsed === null || !('maxRssBytes' in parsed)) {
    throw new Error(`unexpected output: ${run.stdout}`);
  }
  return Number(parsed.maxRssBytes);
}

export function measureReconcileMemory(
  root: string,
  sizes: readonly number[],
  repeats: number,
): MemoryFigure[] {
  return sizes.map((payments) => {
    const streamed: number[] = [];
    const held: number[] = [];
    for (let i = 0; i < repeats; i++) {
      streamed.push(peak(root, payments, 'streamed'));
      held.push(peak(root, payments, 'held'));
    }
    return { payments, streamedBytes: median(streamed), heldBytes: median(held) };
  });
}
