import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import type { HavenOutputs } from '../../../stacks/aws';
import { type FunctionName, functionNames, secretNames } from '../../../stacks/platform';
import { fakeSecret } from './secrets';

export const account = '123456789012';
export const region = 'eu-central-1';

const root = resolve(import.meta.dirname, '../../..');
/** What `npm run sst:install` writes: SST's components and the Pulumi SDK they run on. */
const platform = join(root, '.sst', 'platform');

export type DeclaredResource = {
  type: string;
  name: string;
  /** The id the mock provider assigned (what other resources reference, e.g. integrations). */
  id: string;
  inputs: Record<string, unknown>;
  /** Top-level inputs Pulumi would store encrypted (they contain a secret). */
  secretInputs: string[];
  /** What the mock provider answered: inputs plus the ids and ARNs AWS would assign. */
  state: Record<string, unknown>;
  /** Whether `sst remove` would leave it in place (the resource option, after SST's own transforms). */
  retainOnDelete: boolean;
};

/** What SST's CLI was asked to package for one function (its `Runtime.Build` call). */
export type BuildRequest = {
  /** The directory handed to SST as the function's `bundle` (our own esbuild output). */
  bundle: string;
  /** Linked resources by name, with the properties SST encrypts into the bundle. */
  links: Record<string, Record<string, unknown>>;
};

export type Evaluation = {
  resources: DeclaredResource[];
  /** By the Function component's name ('Http', 'EmailWorker', …). */
  builds: Record<string, BuildRequest>;
  /** The placeholder bundle directory handed over for each function. */
  bundles: Record<FunctionName, string>;
};

// Pulumi marks a secret value in serialised inputs with this signature key.
const secretSig = '4dabf18193072939515e22adb298388d';

function unwrapSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value && typeof value === 'object') {
    if (secretSig in value && 'value' in value) return unwrapSecrets(value.value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrapSecrets(v)]));
  }
  return value;
}

export function asRecord(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value));
  }
  throw new Error(`expected an object, got ${JSON.stringify(value)}`);
}

function isSecret(value: unknown): boolean {
  return typeof value === 'object' && value !== null && secretSig in value;
}

/** Ids and ARNs shaped the way AWS forms them, so IAM policies can be checked against them. */
function computedState(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
): Record<string, string> {
  const physical = typeof inputs.name === 'string' ? inputs.name : name;
  const arn = (service: string, resource: string) =>
    `arn:aws:${service}:${region}:${account}:${resource}`;
  switch (type) {
    case 'aws:dynamodb/table:Table':
      return {
        arn: arn('dynamodb', `table/${physical}`),
        streamArn: arn('dynamodb', `table/${physical}/stream/2025-01-01T00:00:00.000`),
      };
    case 'aws:s3/bucket:Bucket': {
      const bucket = typeof inputs.bucket === 'string' ? inputs.bucket : name;
      return { arn: `arn:aws:s3:::${bucket}`, bucket, id: bucket };
    }
    case 'aws:sqs/queue:Queue':
      return {
        arn: arn('sqs', physical),
        url: `https://sqs.${region}.amazonaws.com/${account}/${physical}`,
      };
    case 'aws:lambda/function:Function':
      return { arn: arn('lambda', `function:${physical}`) };
    case 'aws:iam/role:Role':
      return { arn: `arn:aws:iam::${account}:role/${physical}`, id: physical };
    case 'aws:cloudwatch/logGroup:LogGroup':
      return { arn: arn('logs', `log-group:${physical}`) };
    case 'aws:apigatewayv2/api:Api':
      return {
        apiEndpoint: `https://${physical}.execute-api.${region}.amazonaws.com`,
        executionArn: arn('execute-api', physical),
      };
    case 'aws:cloudfront/distribution:Distribution':
      return {
        domainName: 'd111111abcdef8.cloudfront.net',
        arn: `arn:aws:cloudfront::${account}:distribution/E2QWRUHEXAMPLE`,
        id: 'E2QWRUHEXAMPLE',
      };
    case 'aws:cloudwatch/eventRule:EventRule':
      return { arn: arn('events', `rule/${physical}`) };
    case 'aws:sns/topic:Topic':
      return { arn: arn('sns', physical) };
    case 'random:index/randomBytes:RandomBytes':
      return { base64: Buffer.alloc(32, 1).toString('base64') };
    default:
      return {};
  }
}

/** The provider functions SST's components call while they are built. */
function invoke(token: string, inputs: Record<string, unknown>): Record<string, unknown> {
  switch (token) {
    case 'aws:index/getPartition:getPartition':
      return { partition: 'aws', dnsSuffix: 'amazonaws.com' };
    case 'aws:index/getRegion:getRegion':
      return { region, name: region };
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return { accountId: account, arn: `arn:aws:iam::${account}:user/ci`, userId: 'ci' };
    // The component's own role document, which the stack replaces (stacks/aws/functions.ts).
    case 'aws:iam/getPolicyDocument:getPolicyDocument':
      return { json: JSON.stringify(inputs) };
    default:
      throw new Error(`unexpected provider call ${token}`);
  }
}

/**
 * Stands in for the two requests SST's components make to its CLI while a program runs:
 * `Runtime.Build` (package a function) and `Provider.Aws.Bootstrap` (the asset bucket). A build
 * is answered only for a function handed a prebuilt `bundle`: building from source is the CLI's
 * job, and would mean the stack stopped using the project's own esbuild step (stacks/bundle.ts).
 */
async function startCliStub(builds: Record<string, BuildRequest>) {
  const answer = (method: string, args: Record<string, unknown>): unknown => {
    if (method === 'Provider.Aws.Bootstrap') return { asset: `sst-asset-${account}` };
    if (method !== 'Runtime.Build') throw new Error(`unexpected SST CLI call ${method}`);
    const { functionID, bundle, handler } = args;
    if (typeof functionID !== 'string' || typeof bundle !== 'string') {
      throw new Error(`${String(functionID)} was not handed a prebuilt bundle`);
    }
    builds[functionID] = { bundle, links: asLinks(args.links) };
    return { handler, out: bundle, errors: [], sourcemaps: [] };
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      try {
        const { method, params } = RpcRequest.parse(JSON.parse(body));
        response.end(JSON.stringify({ result: answer(method, params[0]) }));
      } catch (error) {
        response.end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the CLI stub has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

/** SST's JSON-RPC 1.0 request: one argument object. */
const RpcRequest = z.object({
  method: z.string(),
  params: z.tuple([z.record(z.string(), z.unknown())]),
});

function asLinks(value: unknown): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(asRecord(value)).map(([k, v]) => [k, asRecord(v)]));
}

/**
 * Runs the real program (sst.config.ts's `app()` for the stage's settings, then stacks/aws
 * through SST's own `run()`) with SST's components from .sst/platform on Pulumi's offline
 * mocks, and returns every resource it declares with the inputs Pulumi would send to the AWS
 * provider. SST's globals are set up as its CLI sets them; the CLI itself is replaced by
 * `startCliStub`, and each function gets a placeholder bundle directory (bundle.test.ts builds
 * and runs the real bundles).
 */
export async function evaluateStacks(stage: string): Promise<Evaluation> {
  if (!existsSync(join(platform, 'src', 'components'))) {
    throw new Error('.sst/platform is missing: run `npm run sst:install` (offline) first');
  }
  const work = await mkdtemp(join(tmpdir(), `haven-sst-${stage}-`));
  const bundles = await placeholderBundles(work);
  const builds: Record<string, BuildRequest> = {};
  const cli = await startCliStub(builds);
  process.env.SST_SERVER = cli.url;
  for (const name of secretNames) process.env[`SST_SECRET_${name}`] = fakeSecret(name);

  const pulumi: typeof $util = await import(join(platform, 'node_modules/@pulumi/pulumi/index.js'));
  const globals: Record<string, unknown> = globalThis;
  globals.$dev = false;
  globals.$cli = {
    command: 'deploy',
    rpc: cli.url,
    paths: { home: work, root, work, platform },
    state: { version: {} },
  };
  Object.assign(globals, await import(join(platform, 'src/shim/run.js')));
  const config = (await import('../../../sst.config')).default;
  const app = await config.app({ stage });
  globals.$app = {
    name: app.name,
    stage,
    removal: app.removal ?? 'retain',
    protect: app.protect ?? false,
    providers: app.providers,
  };
  // The components read `$app` as they load.
  globals.aws = await import(join(platform, 'node_modules/@pulumi/aws/index.js'));
  globals.sst = await import(join(platform, 'src/components/index.ts'));

  const declared: DeclaredResource[] = [];
  const retained = new Set<string>();
  await pulumi.runtime.setMocks(
    {
      newResource: ({ type, name, inputs }) => {
        const plain = asRecord(unwrapSecrets(inputs));
        const { id, ...computed } = computedState(type, name, plain);
        const state = { ...plain, ...computed };
        const resourceId = id ?? `${name}-id`;
        declared.push({
          type,
          name,
          id: resourceId,
          inputs: plain,
          secretInputs: Object.keys(inputs).filter((key) => isSecret(inputs[key])),
          state,
          retainOnDelete: retained.has(`${type}::${name}`),
        });
        return { id: resourceId, state };
      },
      call: ({ token, inputs }) => invoke(token, inputs),
    },
    'haven',
    stage,
    false,
  );
  const { run }: { run: (program: () => Promise<HavenOutputs>) => Promise<HavenOutputs> } =
    await import(join(platform, 'src/auto/run.ts'));
  const { haven } = await import('../../../stacks/aws');
  try {
    // SST's run() registers its stack transformations on the root stack, as under the CLI.
    await pulumi.runtime.runInPulumiStack(async () => {
      const outputs = await run(async () => {
        // Registered after SST's own (in run()), so it sees the options they settle on.
        pulumi.runtime.registerStackTransformation(({ type, name, opts }) => {
          if (opts.retainOnDelete) retained.add(`${type}::${name}`);
          return undefined;
        });
        return haven({ bundles });
      });
      await new Promise((resolved) =>
        pulumi.all([outputs.url, outputs.table, outputs.deadLetterQueue]).apply(resolved),
      );
      return outputs;
    });
    // Resources registered after the outputs resolved (roles, routes, alarms) are in flight.
    await settle(() => declared.length + Object.keys(builds).length);
  } finally {
    cli.close();
  }
  return { resources: declared, builds, bundles };
}

async function placeholderBundles(work: string): Promise<Record<FunctionName, string>> {
  const dir = (name: FunctionName) => join(work, 'bundles', name);
  const bundles: Record<FunctionName, string> = {
    http: dir('http'),
    staff: dir('staff'),
    jsonApi: dir('jsonApi'),
    payments: dir('payments'),
    stripeWebhook: dir('stripeWebhook'),
    emailWorker: dir('emailWorker'),
    outboxSweep: dir('outboxSweep'),
    reconcile: dir('reconcile'),
    exportWorker: dir('exportWorker'),
  };
  for (const name of functionNames) {
    await mkdir(bundles[name], { recursive: true });
    await writeFile(join(bundles[name], 'index.mjs'), 'export const handler = async () => {};\n');
  }
  return bundles;
}

/**
 * Waits until nothing new has been declared or built for half a second: SST's components
 * declare most of their resources inside `apply` callbacks, some after a round trip to the CLI.
 */
async function settle(count: () => number): Promise<void> {
  let last = -1;
  let quiet = 0;
  while (quiet < 10) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = count();
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}
