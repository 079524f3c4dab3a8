/**
 * Each function's bundle beside three anchors built with the same esbuild options: bytes a cold
 * start loads, and the time to import it into a fresh Node process (median of interleaved
 * rounds, bare `node` subtracted), the work a Lambda cold start repeats.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from '../../stacks/bundle';
import { coldStartBytes, totalBytes } from '../../stacks/bundle-graph';
import { functionSpecs } from '../../stacks/functions';
import { functionNames } from '../../stacks/platform';
import { median } from './stats';

export const anchors: [string, string][] = [
  ['bare Hono', 'bench/anchors/bare-hono.ts'],
  ['Hono + DynamoDB GetItem', 'bench/anchors/hono-dynamodb.ts'],
  ['Express + serverless-http', 'bench/anchors/express.ts'],
];

export type BundleFigure = { coldBytes: number; totalBytes: number; importMs: number };

/** Importing runs a bundle's top level, which reads config: a harmless one for every entry. */
export const importEnv = {
  ...process.env,
  TABLE_NAME: 'bench',
  PUBLIC_URL: 'https://example.org',
  STRIPE_SECRET_KEY: 'sk_test_bench',
  STRIPE_WEBHOOK_SECRET: 'whsec_bench',
  RESEND_API_KEY: 're_bench',
  MAIL_FROM: 'bench@example.org',
  FORM_TOKEN_SECRET: 'bench-form-token-secret-of-32-characters',
  LOG_LEVEL: 'silent',
  AWS_REGION: 'eu-central-1',
  EXPORTS_BUCKET: 'bench-exports',
};

function importMs(file: string): number {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await import(${JSON.stringify(file)})`],
    { env: importEnv },
  );
  if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr}`);
  return performance.now() - started;
}

function bareNodeMs(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['--input-type=module', '-e', '0'], { env: importEnv });
  return performance.now() - started;
}

export async function measureBundles(
  root: string,
  out: string,
  rounds: number,
): Promise<Map<string, BundleFigure>> {
  const entries: [string, string][] = [
    ...functionNames.map((name): [string, string] => [name, functionSpecs[name].entry]),
    ...anchors,
  ];
  const built = new Map<string, { file: string; cold: number; total: number }>();
  for (const [name, entry] of entries) {
    const dir = join(out, name.replace(/[^a-z0-9]+/gi, '-'));
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const result = await build(bundleOptions(root, entry, dir));
    if (!result.metafile) throw new Error(`no metafile for ${name}`);
    built.set(name, {
      file: join(dir, 'index.mjs'),
      cold: coldStartBytes(result.metafile),
      total: totalBytes(result.metafile),
    });
  }
  // Interleaved: each round imports every bundle once, so a busy moment of the machine weighs
  // on all of them alike rather than on whichever ran then.
  const samples = new Map<string, number[]>(entries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name] of entries) {
      const bundle = built.get(name);
      if (!bundle) continue;
      const node = bareNodeMs();
      samples.get(name)?.push(importMs(bundle.file) - node);
    }
  }
  const figures = new Map<string, BundleFigure>();
  for (const [name] of entries) {
    const bundle = built.get(name);
    if (!bundle) continue;
    figures.set(name, {
      coldBytes: bundle.cold,
      totalBytes: bundle.total,
      importMs: median(samples.get(name) ?? []),
    });
  }
  return figures;
}
