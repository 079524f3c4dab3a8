/**
 * Lambda bundle sizes, per function and by package: a figure to watch (cold start grows with
 * it), never a pass/fail. `npx tsx bench/bundle-size.ts`
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleFunction } from '../stacks/bundle';
import { functionSpecs } from '../stacks/functions';
import { functionNames } from '../stacks/platform';

const root = resolve(import.meta.dirname, '..');
const outRoot = await mkdtemp(join(tmpdir(), 'haven-bundle-size-'));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

for (const name of functionNames) {
  if (!existsSync(join(root, functionSpecs[name].entry))) {
    process.stdout.write(`${name}: ${functionSpecs[name].entry} does not exist yet\n`);
    continue;
  }
  const { metafile } = await bundleFunction(root, name, outRoot);
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  if (!output) continue;
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.split('/')[0] ?? path;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8);
  process.stdout.write(`${name}: ${kb(output.bytes)} minified\n`);
  for (const [pkg, bytes] of top) process.stdout.write(`  ${pkg.padEnd(32)} ${kb(bytes)}\n`);
}
