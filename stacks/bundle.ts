import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { functionSpecs, nativePackagesOf } from './functions';
import { installNativePackages } from './native-packages';
import type { FunctionName } from './platform';

/**
 * zod exports its error messages in ~40 languages (`z.locales`, 258 KB minified); whatever keeps
 * zod's namespace whole (zod-openapi) keeps them all. Nothing here sets a zod locale (our
 * messages are our own catalogues), so in a bundle `z.locales` holds English alone, the locale
 * zod configures itself with.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * React Email's render() imports prettier (and its HTML plugin, ~1 MB) only to pretty-print when
 * asked to (`pretty: true`); emails/ never asks. So no bundle carries a code formatter: the
 * import resolves to a stub that says why, should anyone ever ask.
 */
export const noPrettier: Plugin = {
  name: 'no-prettier',
  setup(build) {
    build.onResolve({ filter: /^prettier(\/|$)/ }, (args) => ({
      path: args.path,
      namespace: 'no-prettier',
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-prettier' }, () => ({
      contents:
        "const refuse = () => { throw new Error('prettier is not bundled: render emails without pretty'); };\nexport const format = refuse;\nexport default { format: refuse };",
    }));
  },
};

/**
 * The Resend SDK imports postal-mime (~70 KB minified) at its top only to parse inbound email
 * (`emails.receiving`), which nothing here receives: the import resolves to a stub that says so,
 * like prettier's above, and the email functions' cold start does not load a MIME parser.
 */
export const noInboundMailParser: Plugin = {
  name: 'no-inbound-mail-parser',
  setup(build) {
    build.onResolve({ filter: /^postal-mime(\/|$)/ }, (args) => ({
      path: args.path,
      namespace: 'no-inbound-mail-parser',
    }));
    build.onLoad({ filter: /.*/, namespace: 'no-inbound-mail-parser' }, () => ({
      contents:
        "const refuse = () => { throw new Error('postal-mime is not bundled: nothing here parses inbound email'); };\nexport default { parse: refuse };",
    }));
  },
};

/**
 * One Lambda bundle: ESM, minified, tree-shaken, split, with a source map beside it (the functions
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
    // What is imported dynamically (the JSON API behind the page function, the AWS SDK's
    // credential providers other than the environment's) becomes its own chunk, loaded on
    // first use instead of at every cold start.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: true,
    metafile: true,
    legalComments: 'linked',
    mainFields: ['module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // Some CommonJS dependencies call require() for Node built-ins; ESM has no require.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [zodEnglishOnly, noPrettier, noInboundMailParser],
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
  const [
    http,
    staff,
    jsonApi,
    payments,
    stripeWebhook,
    emailWorker,
    outboxSweep,
    reconcile,
    exportWorker,
  ] = await Promise.all([
    dirOf('http'),
    dirOf('staff'),
    dirOf('jsonApi'),
    dirOf('payments'),
    dirOf('stripeWebhook'),
    dirOf('emailWorker'),
    dirOf('outboxSweep'),
    dirOf('reconcile'),
    dirOf('exportWorker'),
  ]);
  return {
    http,
    staff,
    jsonApi,
    payments,
    stripeWebhook,
    emailWorker,
    outboxSweep,
    reconcile,
    exportWorker,
  };
}
