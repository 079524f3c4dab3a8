/**
 * Each Lambda bundle's size (minified ESM, what a cold start loads), its largest inputs, and
 * the time to import it into a fresh Node process (a proxy for cold-start work). Figures only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleFunction } from '../stacks/bundle';
import { functionSpecs } from '../stacks/functions';
import type { FunctionName } from '../stacks/platform';
import { importEnv } from './measure/bundles';

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'haven-bundles-'));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

try {
  for (const name of Object.keys(functionSpecs) as FunctionName[]) {
    const { dir, metafile } = await bundleFunction(root, name, out);
    const file = join(dir, 'index.mjs');
    const bytes = statSync(file).size;
    const byPackage = new Map<string, number>();
    for (const [path, input] of Object.entries(
      metafile.outputs[Object.keys(metafile.outputs).find((o) => o.endsWith('index.mjs')) ?? '']
        ?.inputs ?? {},
    )) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const key =
        match?.[1] ??
        (path.startsWith('packages/')
          ? path.split('/').slice(0, 2).join('/')
          : (path.split('/')[0] ?? path));
      byPackage.set(key, (byPackage.get(key) ?? 0) + input.bytesInOutput);
    }
    const top = [...byPackage.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
    const env = importEnv;
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(file)})`],
      { env },
    );
    const importMs = performance.now() - started;
    const baseline = performance.now();
    spawnSync(process.execPath, ['--input-type=module', '-e', '0'], { env });
    const nodeMs = performance.now() - baseline;
    process.stdout.write(
      `${name.padEnd(14)} ${kib(bytes).padStart(8)} (${kib(gzipSync(readFileSync(file)).length)} gzip)  import ${(importMs - nodeMs).toFixed(0).padStart(4)} ms over bare node (${nodeMs.toFixed(0)} ms)${run.status === 0 ? '' : ' [import failed]'}  largest: ${top.map(([k, v]) => `${k} ${kib(v)}`).join(', ')}\n`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
