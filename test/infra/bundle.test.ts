import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import * as z from 'zod';
import { type Bundle, bundleFunction, bundleOptions } from '../../stacks/bundle';
import { coldStartInputs } from '../../stacks/bundle-graph';
import { functionSpecs, nativePackagesOf } from '../../stacks/functions';
import { LAMBDA_PLATFORM, nativeManifest } from '../../stacks/native-packages';
import { type FunctionName, functionNames } from '../../stacks/platform';
import { createTestDb } from '../support/db';
import { httpApiEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';

const root = resolve(import.meta.dirname, '../..');
const outRoot = await mkdtemp(join(tmpdir(), 'haven-bundles-'));
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(outRoot, { recursive: true, force: true });
});

/** Every entry file in functions/ (tests aside): each must be one the stacks deploy. */
const entryFiles = readdirSync(join(root, 'functions'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => `functions/${file}`)
  .sort();

const built = new Map<FunctionName, Promise<Bundle>>();
function bundled(name: FunctionName): Promise<Bundle> {
  let bundle = built.get(name);
  if (!bundle) {
    bundle = bundleFunction(root, name, outRoot);
    built.set(name, bundle);
  }
  return bundle;
}
const inputsOf = async (name: FunctionName) => Object.keys((await bundled(name)).metafile.inputs);

const packages = {
  stripe: /node_modules\/stripe\//,
  resend: /node_modules\/resend\//,
  reactEmail: /node_modules\/@react-email\//,
  reactDom: /node_modules\/react-dom\//,
  react: /node_modules\/react\//,
  zodOpenapi: /node_modules\/(@hono\/zod-openapi|@asteasolutions\/zod-to-openapi)\//,
  zodLocales: /node_modules\/zod\/v4\/locales\/(?!en\.js$)/,
  prettier: /node_modules\/prettier\//,
  postalMime: /node_modules\/postal-mime\//,
  templates: /^emails\//,
  simplewebauthn: /node_modules\/@simplewebauthn\//,
  sharp: /node_modules\/sharp\//,
  staffPages: /^packages\/web\/src\/(staff|charts)\//,
  donationUseCases: /^packages\/donations\//,
};
type Package = keyof typeof packages;

/**
 * What each bundle must not contain (cold start, attack surface), and what it must, which
 * also proves the patterns match the paths esbuild reports.
 */
const contents: Record<FunctionName, { without: Package[]; with: Package[] }> = {
  // Public pages: no JSON API machinery (its own function), no payments (the donation form's
  // post and thank-you page are payments'), no email rendering, and nothing of the staff pages
  // (theirs too): no passkeys, no image re-encoding, no editors.
  http: {
    without: [
      'stripe',
      'resend',
      'reactEmail',
      'reactDom',
      'react',
      'zodOpenapi',
      'templates',
      'simplewebauthn',
      'sharp',
      'staffPages',
      'donationUseCases',
    ],
    with: [],
  },
  // The staff pages: passkeys and their own code; still no payments, email rendering or OpenAPI.
  staff: {
    without: ['stripe', 'resend', 'reactEmail', 'reactDom', 'react', 'zodOpenapi', 'templates'],
    with: ['simplewebauthn', 'staffPages'],
  },
  jsonApi: {
    without: ['stripe', 'resend', 'reactEmail', 'reactDom', 'react', 'zodLocales', 'templates'],
    with: ['zodOpenapi'],
  },
  payments: {
    without: [
      'resend',
      'reactEmail',
      'reactDom',
      'zodLocales',
      'templates',
      'simplewebauthn',
      'sharp',
    ],
    with: ['stripe', 'donationUseCases'],
  },
  stripeWebhook: { without: ['resend', 'reactEmail', 'reactDom', 'templates'], with: ['stripe'] },
  emailWorker: {
    without: ['stripe', 'prettier', 'postalMime', 'zodLocales'],
    with: ['resend', 'templates'],
  },
  outboxSweep: {
    without: ['stripe', 'prettier', 'postalMime', 'zodLocales'],
    with: ['resend', 'templates'],
  },
  reconcile: { without: ['resend', 'reactEmail', 'reactDom', 'templates'], with: ['stripe'] },
  // CSV from DynamoDB to S3: no payments, no email, no pages.
  exportWorker: {
    without: ['stripe', 'resend', 'reactEmail', 'reactDom', 'react', 'zodOpenapi', 'templates'],
    with: [],
  },
};

it('deploys every entry in functions/, and every function it deploys has its entry', () => {
  const declared = functionNames.map((name) => functionSpecs[name].entry).sort();
  expect(declared).toEqual(entryFiles);
  for (const entry of declared) expect(existsSync(join(root, entry)), entry).toBe(true);
  // Removing a function from both the stacks and functions/ is a decision, made here too.
  expect(functionNames).toEqual([
    'http',
    'staff',
    'jsonApi',
    'payments',
    'stripeWebhook',
    'emailWorker',
    'outboxSweep',
    'reconcile',
    'exportWorker',
  ]);
});

describe.each(functionNames)('the %s bundle', (name) => {
  it('is minified ESM with a source map', async () => {
    const { dir, metafile } = await bundled(name);
    const code = await readFile(join(dir, 'index.mjs'), 'utf8');
    const output =
      metafile.outputs[Object.keys(metafile.outputs).find((o) => o.endsWith('index.mjs')) ?? ''];
    expect(output?.exports).toContain('handler');
    expect(code).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{[^}]*\bhandler\b/);
    // Minified: a few very long lines, not a readable file.
    expect(code.split('\n').length).toBeLessThan(code.length / 1000);
    const map = JSON.parse(await readFile(join(dir, 'index.mjs.map'), 'utf8'));
    expect(map.sources.length).toBeGreaterThan(0);
  });

  it(`loads only the SDKs it uses (${contents[name].without.join(', ')} stay out)`, async () => {
    const inputs = await inputsOf(name);
    expect(inputs.length).toBeGreaterThan(50);
    for (const banned of contents[name].without) {
      expect({ [banned]: inputs.filter((input) => packages[banned].test(input)) }).toEqual({
        [banned]: [],
      });
    }
    for (const needed of contents[name].with) {
      expect(
        inputs.some((input) => packages[needed].test(input)),
        needed,
      ).toBe(true);
    }
  });
});

/**
 * What a function loads on first use rather than at every cold start: code that most of its
 * requests never run (a story's Markdown, a passkey ceremony, an export's upload or link, an
 * update's email among receipts). Each must still be in the bundle, behind a dynamic import.
 */
const onDemand: Partial<Record<FunctionName, RegExp[]>> = {
  http: [/node_modules\/(markdown-it|linkify-it|entities|mdurl|uc\.micro)\//],
  staff: [
    /node_modules\/markdown-it\//,
    /node_modules\/@simplewebauthn\//,
    /node_modules\/@aws-sdk\/(client-s3|lib-storage|s3-request-presigner)\//,
  ],
  emailWorker: [/node_modules\/markdown-it\//, /^emails\/campaign-update\.tsx$/],
  outboxSweep: [/node_modules\/markdown-it\//, /^emails\/campaign-update\.tsx$/],
};

describe.each(Object.entries(onDemand))('the %s bundle', (name, patterns) => {
  it.each(patterns.map((pattern) => [String(pattern), pattern]))(
    'loads %s on first use, not at a cold start',
    async (_label, pattern) => {
      const { metafile } = await bundled(z.enum(functionNames).parse(name));
      expect(coldStartInputs(metafile).filter((input) => pattern.test(input))).toEqual([]);
      expect(Object.keys(metafile.inputs).some((input) => pattern.test(input))).toBe(true);
    },
  );
});

describe('the page-serving bundle', () => {
  it('loads the S3 client on demand (serving media), not at a cold start', async () => {
    const { metafile } = await bundled('http');
    const s3 = /node_modules\/@aws-sdk\/client-s3\//;
    expect(coldStartInputs(metafile).filter((input) => s3.test(input))).toEqual([]);
    expect(Object.keys(metafile.inputs).some((input) => s3.test(input))).toBe(true);
  });

  it('loads zod/mini at a cold start, not classic zod nor its JSON Schema code', async () => {
    const { metafile } = await bundled('http');
    const cold = coldStartInputs(metafile);
    const classic =
      /node_modules\/zod\/v4\/(classic\/|core\/(to-json-schema|json-schema-processors)\.js)/;
    expect(cold.filter((input) => classic.test(input))).toEqual([]);
    expect(cold.some((input) => /node_modules\/zod\/v4\/mini\//.test(input))).toBe(true);
    // The staff function, whose forms are classic zod, proves the pattern matches.
    expect(coldStartInputs((await bundled('staff')).metafile).some((i) => classic.test(i))).toBe(
      true,
    );
  });

  it('imports no sharp, not even on demand: the staff function re-encodes uploads', async () => {
    const { metafile } = await bundled('http');
    const imported = Object.values(metafile.outputs).flatMap((output) =>
      output.imports.map((i) => i.path),
    );
    expect(imported.filter((path) => /^sharp(\/|$)/.test(path))).toEqual([]);
    const { metafile: staff } = await bundled('staff');
    expect(
      Object.values(staff.outputs).flatMap((output) => output.imports.map((i) => i.path)),
    ).toContain('sharp');
  });

  it('runs as built: the health check answers through the bundle', async () => {
    const { dir } = await bundled('http');
    const db = await createTestDb({ seed: false });
    stubLambdaEnv('http', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
    const { handler } = await import(pathToFileURL(join(dir, 'index.mjs')).href);
    const response = await handler(
      httpApiEvent({ path: '/healthz', routeKey: 'GET /healthz' }),
      lambdaContext('haven-dev-http'),
    );
    expect(response.statusCode).toBe(200);
  });
});

describe('native packages', () => {
  it('leaves sharp out of the bundle as an import, for the copy installed beside it', async () => {
    expect(nativePackagesOf('staff')).toEqual(['sharp']);
    expect(nativePackagesOf('http')).toEqual([]);
    const dir = join(outRoot, 'native');
    const result = await build(bundleOptions(root, 'packages/media/src/index.ts', dir, ['sharp']));
    const inputs = Object.keys(result.metafile?.outputs ?? {}).flatMap(
      (output) => result.metafile?.outputs[output]?.imports ?? [],
    );
    expect(inputs).toContainEqual(expect.objectContaining({ path: 'sharp', external: true }));
    const bundled = Object.keys(result.metafile?.inputs ?? {});
    expect(bundled.filter((input) => /node_modules\/sharp\//.test(input))).toEqual([]);
    expect(bundled.some((input) => input.startsWith('packages/media/'))).toBe(true);
  });

  it('pins the installed version for Lambda’s arm64 Linux', () => {
    const { version } = z
      .object({ version: z.string() })
      .parse(JSON.parse(readFileSync(join(root, 'node_modules/sharp/package.json'), 'utf8')));
    expect(nativeManifest(root, ['sharp'])).toMatchObject({ dependencies: { sharp: version } });
    expect(LAMBDA_PLATFORM).toEqual({ os: 'linux', cpu: 'arm64', libc: 'glibc' });
  });
});
