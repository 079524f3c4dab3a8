import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type Bundle, bundleFunction } from '../../stacks/bundle';
import { functionSpecs } from '../../stacks/functions';
import { type FunctionName, functionNames } from '../../stacks/platform';
import { createTestDb } from '../support/db';
import { httpApiEvent, lambdaContext } from './fixtures/http-api';
import { stubLambdaEnv } from './support/lambda-env';

const root = resolve(import.meta.dirname, '../..');
const outRoot = await mkdtemp(join(tmpdir(), 'haven-bundles-'));
afterAll(() => rm(outRoot, { recursive: true, force: true }));
const exists = (name: FunctionName) => existsSync(join(root, functionSpecs[name].entry));

const built = new Map<FunctionName, Promise<Bundle>>();
function bundled(name: FunctionName): Promise<Bundle> {
  let bundle = built.get(name);
  if (!bundle) {
    bundle = bundleFunction(root, name, outRoot);
    built.set(name, bundle);
  }
  return bundle;
}

/** Packages that must never load on the page-serving path (cold start, attack surface). */
const heavyOnlyElsewhere = [
  /node_modules\/stripe\//,
  /node_modules\/@react-email\//,
  /node_modules\/resend\//,
  /^emails\//,
];

describe.each(functionNames)('the %s bundle', (name) => {
  it.skipIf(!exists(name))('is minified ESM with a source map', async () => {
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
});

describe('the page-serving bundle', () => {
  it.skipIf(!exists('http'))('loads neither the Stripe SDK nor React Email', async () => {
    const { metafile } = await bundled('http');
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.length).toBeGreaterThan(50);
    for (const pattern of heavyOnlyElsewhere) {
      expect(inputs.filter((input) => pattern.test(input))).toEqual([]);
    }
  });

  it.skipIf(!exists('http'))(
    'runs as built: the health check answers through the bundle',
    async () => {
      const { dir } = await bundled('http');
      const db = await createTestDb({ seed: false });
      stubLambdaEnv('http', { tableName: db.tableName, dynamoEndpoint: inject('dynamoEndpoint') });
      const { handler } = await import(pathToFileURL(join(dir, 'index.mjs')).href);
      const response = await handler(
        httpApiEvent({ path: '/healthz', routeKey: 'GET /healthz' }),
        lambdaContext('haven-dev-http'),
      );
      expect(response.statusCode).toBe(200);
    },
  );
});
