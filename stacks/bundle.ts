import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type BuildOptions, build, type Metafile } from 'esbuild';
import { functionSpecs, nativePackagesOf } from './functions';
import { installNativePackages } from './native-packages';
import type { FunctionName } from './platform';

/**
 * One Lambda bundle: ESM, minified, tree-shaken, with a source map beside it (the functions
 * run with --enable-source-maps). Everything is bundled, the AWS SDK included, so the code
 * that runs is the code the lockfile pinned, not whatever SDK the runtime ships that week.
 */
export function bundleOptions(
  root: string,
  entry: string,
  outdir: string,
  external: readonly string[] = [],
): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: { index: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Native packages are installed beside the bundle for Lambda's platform instead.
    external: [...external],
    platform: 'node',
    target: 'node22',
    format: 'esm',
    minify: true,
    treeShaking: true,
    sourcemap: true,
    metafile: true,
    legalComments: 'linked',
    mainFields: ['module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // Some CommonJS dependencies call require() for Node built-ins; ESM has no require.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  };
}

export type Bundle = { dir: string; metafile: Metafile };

export async function bundleFunction(
  root: string,
  name: FunctionName,
  outRoot = join(root, 'dist', 'lambda'),
): Promise<Bundle> {
  const dir = join(outRoot, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const result = await build(
    bundleOptions(root, functionSpecs[name].entry, dir, nativePackagesOf(name)),
  );
  if (!result.metafile) throw new Error(`esbuild returned no metafile for ${name}`);
  return { dir, metafile: result.metafile };
}

/** Builds every function; sst.config.ts hands each directory to SST's Function as its `bundle`. */
export async function bundleFunctions(root: string): Promise<Record<FunctionName, string>> {
  const dirOf = async (name: FunctionName) => {
    const { dir } = await bundleFunction(root, name);
    installNativePackages(root, dir, nativePackagesOf(name));
    return dir;
  };
  const [http, payments, stripeWebhook, emailWorker, outboxSweep, reconcile] = await Promise.all([
    dirOf('http'),
    dirOf('payments'),
    dirOf('stripeWebhook'),
    dirOf('emailWorker'),
    dirOf('outboxSweep'),
    dirOf('reconcile'),
  ]);
  return { http, payments, stripeWebhook, emailWorker, outboxSweep, reconcile };
}
