import {
  BaseConfig,
  DonationsConfig,
  ExportWorkerConfig,
  loadConfig,
  MailConfig,
  PagesConfig,
  StaffConfig,
  variablesFromLinks,
  WebhookConfig,
} from '@haven/config';
import { ReconcileConfig } from '@haven/reconcile';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { functionNames, resourceName, secretNames } from '../../stacks/platform';
import { asRecord, type DeclaredResource, evaluateStacks } from './support/evaluate';
import { Declared, field, policyOf, types } from './support/resources';
import { fakeSecret } from './support/secrets';

let production: Declared;
let dev: Declared;

beforeAll(async () => {
  production = new Declared(await evaluateStacks('production'));
  dev = new Declared(await evaluateStacks('dev'));
});

const tableArn = 'arn:aws:dynamodb:eu-central-1:123456789012:table/haven-production';
const dlqArn = 'arn:aws:sqs:eu-central-1:123456789012:haven-production-dead-letters';
const lambdaArn = (name: string) => `arn:aws:lambda:eu-central-1:123456789012:function:${name}`;

/** By the Function component's name; SST names the Lambda resource `<name>Function`. */
const expectedFunctions = {
  Http: { name: 'haven-production-http', memory: 512, timeout: 10 },
  Staff: { name: 'haven-production-staff', memory: 512, timeout: 15 },
  JsonApi: { name: 'haven-production-json-api', memory: 512, timeout: 10 },
  Payments: { name: 'haven-production-payments', memory: 512, timeout: 15 },
  StripeWebhook: { name: 'haven-production-stripe-webhook', memory: 512, timeout: 15 },
  EmailWorker: { name: 'haven-production-email-worker', memory: 256, timeout: 30 },
  OutboxSweep: { name: 'haven-production-outbox-sweep', memory: 256, timeout: 120 },
  Reconcile: { name: 'haven-production-reconcile', memory: 512, timeout: 300 },
  ExportWorker: { name: 'haven-production-export-worker', memory: 512, timeout: 900 },
};
type FunctionResource = keyof typeof expectedFunctions;
const lambda = (declared: Declared, name: string) => declared.get(types.fn, `${name}Function`);
const roleOf = (declared: Declared, name: string) => declared.get(types.role, `${name}Role`);
/** The table stream's mapping that drives the named Lambda. */
const mappingOf = (declared: Declared, functionName: string) => {
  const found = declared
    .ofType(types.eventSourceMapping)
    .find((mapping) => mapping.inputs.functionName === lambdaArn(functionName));
  if (!found) throw new Error(`no stream mapping drives ${functionName}`);
  return found;
};

/** The configuration each entry parses at cold start. */
const configOf: Record<FunctionResource, z.ZodMiniObject> = {
  Http: PagesConfig,
  Staff: StaffConfig,
  JsonApi: BaseConfig,
  Payments: DonationsConfig,
  StripeWebhook: WebhookConfig,
  EmailWorker: MailConfig,
  OutboxSweep: MailConfig,
  Reconcile: ReconcileConfig,
  ExportWorker: ExportWorkerConfig,
};

describe('the table', () => {
  it('has the shared keys and indexes, on demand, with PITR, TTL and a stream', () => {
    const table = production.the(types.table);
    expect(table.inputs).toMatchObject({
      name: 'haven-production',
      billingMode: 'PAY_PER_REQUEST',
      hashKey: 'pk',
      rangeKey: 'sk',
      pointInTimeRecovery: { enabled: true },
      ttl: { attributeName: 'expiresAt', enabled: true },
      streamEnabled: true,
      streamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(table.inputs.attributes).toEqual(
      ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map((name) => ({ name, type: 'S' })),
    );
    expect(table.inputs.globalSecondaryIndexes).toEqual([
      { name: 'gsi1', hashKey: 'gsi1pk', rangeKey: 'gsi1sk', projectionType: 'ALL' },
      { name: 'gsi2', hashKey: 'gsi2pk', rangeKey: 'gsi2sk', projectionType: 'ALL' },
    ]);
  });

  it('is protected from deletion in production but not in dev, with PITR in both', () => {
    expect(production.the(types.table).inputs.deletionProtectionEnabled).toBe(true);
    expect(dev.the(types.table).inputs.deletionProtectionEnabled).toBe(false);
    expect(dev.the(types.table).inputs.pointInTimeRecovery).toEqual({ enabled: true });
  });

  it('outlives `sst remove` in production; in dev it goes with the stage', () => {
    expect(production.the(types.table).retainOnDelete).toBe(true);
    expect(dev.the(types.table).retainOnDelete).toBe(false);
    // Nothing else of dev is kept behind.
    expect(dev.all.filter((resource) => resource.retainOnDelete)).toEqual([]);
  });
});

describe('the functions', () => {
  it('declares exactly the eight entries', () => {
    expect(
      production
        .ofType(types.fn)
        .map((fn) => fn.name)
        .sort(),
    ).toEqual(
      Object.keys(expectedFunctions)
        .map((name) => `${name}Function`)
        .sort(),
    );
  });

  it.each(Object.entries(expectedFunctions))(
    '%s: handler, runtime, size and time',
    (name, spec) => {
      const fn = lambda(production, name);
      expect(fn.inputs).toMatchObject({
        name: spec.name,
        handler: 'index.handler',
        memorySize: spec.memory,
        timeout: spec.timeout,
        architectures: ['arm64'],
        packageType: 'Zip',
        loggingConfig: { logFormat: 'JSON', logGroup: `/aws/lambda/${spec.name}` },
      });
      const runtime = String(fn.inputs.runtime).match(/^nodejs(\d+)\.x$/);
      expect(Number(runtime?.[1])).toBeGreaterThanOrEqual(22);
    },
  );

  it('hands SST each entry as the bundle stacks/bundle.ts built, one per function', () => {
    expect(Object.keys(production.builds).sort()).toEqual(Object.keys(expectedFunctions).sort());
    for (const name of functionNames) {
      expect(production.build(resourceName(name)).bundle).toBe(production.bundles[name]);
    }
  });

  const env = (name: string) =>
    asRecord(field(lambda(production, name), 'environment', 'variables'));
  const links = (name: string) => production.build(name).links;

  it("puts no configuration value in any environment: only the public URL, the Stripe mode and SST's own keys", () => {
    for (const name of Object.keys(expectedFunctions)) {
      expect(env(name)).toEqual({
        // The CDN's address: links and redirects send visitors through CloudFront.
        PUBLIC_URL: 'https://d111111abcdef8.cloudfront.net',
        // Connect unless HAVEN_STRIPE_MODE=single: not a secret, every function reads it.
        STRIPE_MODE: 'connect',
        NODE_OPTIONS: '--enable-source-maps',
        SST_RESOURCE_App: JSON.stringify({ name: 'haven', stage: 'production' }),
        SST_KEY: expect.any(String),
        SST_KEY_FILE: 'resource.enc',
      });
    }
  });

  it('links each function to the table and only the secrets it reads', () => {
    const expected: Record<FunctionResource, string[]> = {
      // Resend's webhook secret reaches the function serving /webhooks/resend, and no other.
      Http: ['FormTokenSecret', 'ResendWebhookSecret'],
      Staff: [],
      JsonApi: [],
      Payments: ['FormTokenSecret', 'StripeSecretKey'],
      // Only the webhook holds the Connect endpoint's signing secret.
      StripeWebhook: ['StripeConnectWebhookSecret', 'StripeSecretKey', 'StripeWebhookSecret'],
      // The form token secret signs update emails' unsubscribe links (under a key of its own).
      EmailWorker: ['FormTokenSecret', 'MailFrom', 'ResendApiKey'],
      OutboxSweep: ['FormTokenSecret', 'MailFrom', 'ResendApiKey'],
      Reconcile: ['StripeSecretKey'],
      ExportWorker: [],
    };
    // Only the functions that serve (pages) and store (staff) covers are given the uploads
    // bucket; the exports bucket, to the one that signs links (staff) and the one that writes.
    const buckets: Record<string, string[]> = {
      Http: ['Uploads'],
      Staff: ['Uploads', 'Exports'],
      ExportWorker: ['Exports'],
    };
    for (const [name, secrets] of Object.entries(expected)) {
      const linked = [...secrets, 'Table', ...(buckets[name] ?? [])];
      expect(Object.keys(links(name)).sort()).toEqual(linked.sort());
      expect(links(name).Table).toMatchObject({ name: 'haven-production' });
      for (const secret of secretNames.filter((s) => secrets.includes(s))) {
        expect(links(name)[secret]).toMatchObject({ value: fakeSecret(secret) });
      }
    }
  });

  it.each(Object.entries(configOf))(
    '%s: its links and environment start the configuration its entry parses, with nothing it ignores',
    (name, schema) => {
      const linked = Object.fromEntries(
        Object.entries(variablesFromLinks(links(name))).filter(([, value]) => value !== undefined),
      );
      const plain = Object.entries(env(name)).filter(
        ([key]) => !key.startsWith('SST_') && key !== 'NODE_OPTIONS',
      );
      // AWS_REGION is set by the Lambda runtime itself.
      const given = {
        ...Object.fromEntries(plain.map(([key, value]) => [key, String(value)])),
        ...linked,
        AWS_REGION: 'eu-central-1',
      };
      expect(() => loadConfig(schema, given)).not.toThrow();
      const read = Object.keys(schema.shape);
      expect(Object.keys(given).filter((key) => !read.includes(key))).toEqual([]);
    },
  );

  it('keeps secret values out of every resource but the links SST stores encrypted', () => {
    const values = secretNames.map(fakeSecret);
    for (const resource of production.all) {
      const inputs = JSON.stringify(resource.inputs);
      const carried = values.filter((value) => inputs.includes(value));
      if (resource.type === types.linkRef && carried.length > 0) {
        expect(secretNames.map((secret) => `${secret}LinkRef`)).toContain(resource.name);
        expect(resource.secretInputs).toEqual(['properties']);
      } else {
        expect({ [resource.name]: carried }).toEqual({ [resource.name]: [] });
      }
    }
  });
});

describe('the uploads bucket', () => {
  const bucketOf = (declared: Declared) => declared.get(types.bucket, 'UploadsBucket');

  it('is private: every public access block on, ACLs disabled, no public statement', () => {
    expect(
      production.get(types.publicAccessBlock, 'UploadsPublicAccessBlock').inputs,
    ).toMatchObject({
      bucket: 'haven-production-uploads',
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    expect(production.get(types.ownership, 'UploadsOwnership').inputs).toMatchObject({
      bucket: 'haven-production-uploads',
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });
    const policy = JSON.stringify(production.get(types.bucketPolicy, 'UploadsPolicy').inputs);
    expect(policy).toContain('aws:SecureTransport');
    expect(policy).not.toContain('s3:GetObject');
    expect(policy).not.toContain('cloudfront');
  });

  it('is encrypted at rest', () => {
    expect(production.get(types.bucketEncryption, 'UploadsEncryption').inputs).toMatchObject({
      bucket: 'haven-production-uploads',
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
  });

  it('outlives `sst remove` in production with its objects; in dev it goes with the stage', () => {
    expect(bucketOf(production)).toMatchObject({
      retainOnDelete: true,
      inputs: { bucket: 'haven-production-uploads', forceDestroy: false },
    });
    expect(bucketOf(dev)).toMatchObject({
      retainOnDelete: false,
      inputs: { bucket: 'haven-dev-uploads', forceDestroy: true },
    });
  });

  it('is reachable by the page function (to serve) and the staff function (to store) alone', () => {
    const reaching = production
      .ofType(types.role)
      .filter((role) => JSON.stringify(policyOf(role)).includes('haven-production-uploads'))
      .map((role) => role.name)
      .sort();
    expect(reaching).toEqual(['HttpRole', 'StaffRole']);
  });
});

describe('the exports bucket', () => {
  it('is private, HTTPS only, encrypted, and empties itself after three days', () => {
    expect(production.get(types.bucket, 'ExportsBucket').inputs).toMatchObject({
      bucket: 'haven-production-exports',
    });
    expect(
      production.get(types.publicAccessBlock, 'ExportsPublicAccessBlock').inputs,
    ).toMatchObject({
      bucket: 'haven-production-exports',
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    expect(production.get(types.ownership, 'ExportsOwnership').inputs).toMatchObject({
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });
    const policy = JSON.stringify(production.get(types.bucketPolicy, 'ExportsPolicy').inputs);
    expect(policy).toContain('aws:SecureTransport');
    expect(policy).not.toContain('s3:GetObject');
    expect(production.get(types.bucketEncryption, 'ExportsEncryption').inputs).toMatchObject({
      bucket: 'haven-production-exports',
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
    });
    expect(
      production.get(
        'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration',
        'ExportsLifecycle',
      ).inputs,
    ).toMatchObject({
      bucket: 'haven-production-exports',
      rules: [{ id: 'expire-exports', status: 'Enabled', expiration: { days: 3 } }],
    });
  });

  it('is reached by the staff function (to sign links) and the export worker (to write) alone', () => {
    const reaching = production
      .ofType(types.role)
      .filter((role) => JSON.stringify(policyOf(role)).includes('haven-production-exports'))
      .map((role) => role.name)
      .sort();
    expect(reaching).toEqual(['ExportWorkerRole', 'StaffRole']);
  });
});

describe('the export worker', () => {
  it('is driven by new export jobs on the stream, one at a time, then dead-lettered', () => {
    const mapping = mappingOf(production, 'haven-production-export-worker');
    expect(mapping.inputs).toMatchObject({
      batchSize: 1,
      functionResponseTypes: ['ReportBatchItemFailures'],
      destinationConfig: { onFailure: { destinationArn: production.the(types.queue).state.arn } },
    });
    expect(field(mapping, 'filterCriteria', 'filters')).toEqual([
      {
        pattern: JSON.stringify({
          eventName: ['INSERT'],
          dynamodb: { Keys: { pk: { S: [{ prefix: 'EXPORT#' }] } } },
        }),
      },
    ]);
  });
});

describe('the HTTP API', () => {
  /** 'GET /healthz' → the Function component whose Lambda it reaches. */
  function routeTable(declared: Declared): Record<string, string> {
    return Object.fromEntries(
      declared.ofType(types.route).map((route) => {
        const integrationId = String(route.inputs.target).replace('integrations/', '');
        const integration = declared.byState(types.integration, 'id', integrationId);
        expect(integration.inputs).toMatchObject({
          integrationType: 'AWS_PROXY',
          payloadFormatVersion: '2.0',
        });
        const fn = declared.byState(types.fn, 'arn', integration.inputs.integrationUri);
        return [String(route.inputs.routeKey), fn.name.replace(/Function$/, '')];
      }),
    );
  }

  it('routes pages and health to the page function, staff pages, the JSON API and the webhook each to its own function, Stripe-bound routes to payments', () => {
    expect(routeTable(production)).toEqual({
      'GET /healthz': 'Http',
      'ANY /api/{proxy+}': 'JsonApi',
      'ANY /staff': 'Staff',
      'ANY /staff/{proxy+}': 'Staff',
      $default: 'Http',
      'POST /{lang}/{org}/{campaign}/donate': 'Payments',
      'GET /{lang}/{org}/{campaign}/thanks': 'Payments',
      'POST /api/donations': 'Payments',
      'POST /staff/stripe/connect': 'Payments',
      'GET /staff/stripe/return': 'Payments',
      'ANY /{lang}/donor': 'Payments',
      'ANY /{lang}/donor/{proxy+}': 'Payments',
      'POST /webhooks/stripe': 'StripeWebhook',
      'POST /webhooks/stripe-connect': 'StripeWebhook',
    });
    const api = production.the(types.api);
    expect(api.inputs).toMatchObject({ name: 'haven-production', protocolType: 'HTTP' });
    expect(api.inputs.corsConfiguration ?? {}).toEqual({});
    expect(production.the(types.stage).inputs).toMatchObject({
      name: '$default',
      autoDeploy: true,
      defaultRouteSettings: { throttlingBurstLimit: 200, throttlingRateLimit: 100 },
    });
  });

  it("keeps callers' IP addresses and user agents out of the access log", () => {
    const format = String(field(production.the(types.stage), 'accessLogSettings', 'format'));
    expect(Object.keys(JSON.parse(format))).toContain('requestId');
    expect(format).not.toMatch(/sourceIp|userAgent/);
  });

  it('lets API Gateway invoke the staff pages, the JSON API, payments and the webhook through their own routes only', () => {
    const permissions = production
      .ofType(types.permission)
      .filter((p) => p.inputs.principal === 'apigateway.amazonaws.com');
    const executionArn = 'arn:aws:execute-api:eu-central-1:123456789012:haven-production';
    const fnName = (p: DeclaredResource) => String(p.inputs.function).replace(/^.*:function:/, '');
    expect(permissions.map((p) => [fnName(p), p.inputs.sourceArn]).sort()).toEqual([
      // One per route SST's component declares; the app serves every route it is given.
      ...Array.from({ length: 2 }, () => ['haven-production-http', `${executionArn}/*`]),
      ['haven-production-json-api', `${executionArn}/*/*/api/*`],
      ['haven-production-payments', `${executionArn}/*/*/*/donor`],
      ['haven-production-payments', `${executionArn}/*/*/*/donor/*`],
      ['haven-production-payments', `${executionArn}/*/GET/*/*/*/thanks`],
      ['haven-production-payments', `${executionArn}/*/GET/staff/stripe/return`],
      ['haven-production-payments', `${executionArn}/*/POST/*/*/*/donate`],
      ['haven-production-payments', `${executionArn}/*/POST/api/donations`],
      ['haven-production-payments', `${executionArn}/*/POST/staff/stripe/connect`],
      ['haven-production-staff', `${executionArn}/*/*/staff`],
      ['haven-production-staff', `${executionArn}/*/*/staff/*`],
      ['haven-production-stripe-webhook', `${executionArn}/*/POST/webhooks/stripe`],
      ['haven-production-stripe-webhook', `${executionArn}/*/POST/webhooks/stripe-connect`],
    ]);
  });
});

describe('the CDN', () => {
  it('puts CloudFront in front of the HTTP API: every method through, GET and HEAD cached, compressed', () => {
    const distribution = production.the(types.distribution);
    const origins = field(distribution, 'origins');
    expect(origins).toEqual([
      expect.objectContaining({
        domainName: 'haven-production.execute-api.eu-central-1.amazonaws.com',
      }),
    ]);
    expect(field(distribution, 'defaultCacheBehavior')).toMatchObject({
      viewerProtocolPolicy: 'redirect-to-https',
      allowedMethods: expect.arrayContaining(['GET', 'HEAD', 'POST']),
      cachedMethods: ['GET', 'HEAD'],
      compress: true,
    });
  });

  it("caches as the app's Cache-Control says, keyed on no cookie and no header, Brotli and gzip", () => {
    const policy = production.the(types.cachePolicy);
    expect(policy.inputs).toMatchObject({
      name: 'haven-production-pages',
      defaultTtl: 0,
      minTtl: 0,
      parametersInCacheKeyAndForwardedToOrigin: {
        cookiesConfig: { cookieBehavior: 'none' },
        headersConfig: { headerBehavior: 'none' },
        enableAcceptEncodingBrotli: true,
        enableAcceptEncodingGzip: true,
      },
    });
  });
});

describe('least-privilege IAM', () => {
  const policyFor = (declared: Declared, name: string) => policyOf(roleOf(declared, name));
  const table = (...actions: string[]) => ({
    Effect: 'Allow',
    Action: actions.map((action) => `dynamodb:${action}`),
    Resource: [tableArn],
  });
  const queryOn = (...indexes: string[]) => ({
    Effect: 'Allow',
    Action: ['dynamodb:Query'],
    Resource: indexes.map((index) => `${tableArn}/index/${index}`),
  });
  const readStream = {
    Effect: 'Allow',
    Action: [
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    ],
    Resource: [`${tableArn}/stream/*`],
  };
  const toDeadLetters = { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [dlqArn] };
  const covers = (action: string) => ({
    Effect: 'Allow',
    Action: [`s3:${action}`],
    Resource: ['arn:aws:s3:::haven-production-uploads/covers/*'],
  });

  const exportObjectsRead = {
    Effect: 'Allow',
    Action: ['s3:GetObject'],
    Resource: ['arn:aws:s3:::haven-production-exports/exports/*'],
  };
  const exportObjectsWritten = {
    Effect: 'Allow',
    Action: ['s3:PutObject', 's3:AbortMultipartUpload'],
    Resource: ['arn:aws:s3:::haven-production-exports/exports/*'],
  };

  /** Everything each role may do besides writing its logs, statement by statement. */
  const expectedGrants: Record<FunctionResource, object[]> = {
    // Public pages read by key, a campaign with its totals' shards (Query) and list on GSI1;
    // they write nothing, and get the covers they serve.
    Http: [table('GetItem', 'Query'), queryOn('gsi1'), covers('GetObject')],
    // The staff pages write (sessions, links, members, settings, campaigns, audit), read an
    // organisation's partition and memberships on GSI1, and put the covers they re-encoded.
    Staff: [
      table('GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'),
      queryOn('gsi1', 'gsi2'),
      covers('PutObject'),
      exportObjectsRead,
    ],
    // The public JSON API reads like the pages (campaigns with their shards); writes nothing.
    JsonApi: [table('GetItem', 'Query'), queryOn('gsi1')],
    // Pledge Put/Update and the fulfilment transaction's Puts and Updates; the campaign by Query.
    Payments: [table('GetItem', 'Query', 'PutItem', 'UpdateItem')],
    // The webhook reads by key only: its fulfilment never reads the campaign.
    StripeWebhook: [table('GetItem', 'PutItem', 'UpdateItem')],
    // One item by key per stream record, the campaign with its shards; never lists an index.
    EmailWorker: [table('GetItem', 'Query', 'UpdateItem'), readStream, toDeadLetters],
    // Lists due items on GSI2, then the same per item.
    OutboxSweep: [table('GetItem', 'Query', 'UpdateItem'), queryOn('gsi2'), toDeadLetters],
    // Reads by key, an organisation's partition (receipt counters), GSI1 and GSI2; writes only
    // the fulfilment of a paid session whose webhook was lost.
    Reconcile: [
      table('GetItem', 'Query', 'PutItem', 'UpdateItem'),
      queryOn('gsi1', 'gsi2'),
      toDeadLetters,
    ],
    // One job by key, the payments it exports (GSI1, or a campaign's on GSI2), the job marked
    // done; writes files under exports/ and reads none of them.
    ExportWorker: [
      table('GetItem', 'Query', 'UpdateItem'),
      queryOn('gsi1', 'gsi2'),
      readStream,
      exportObjectsWritten,
      toDeadLetters,
    ],
  };

  it('gives every role its own policy only: no managed policy, no other principal', () => {
    const roles = production.ofType(types.role);
    expect(roles.map((role) => role.name).sort()).toEqual(
      Object.keys(expectedFunctions)
        .map((name) => `${name}Role`)
        .sort(),
    );
    for (const role of roles) {
      expect(role.inputs.managedPolicyArns).toEqual([]);
      expect(JSON.parse(String(role.inputs.assumeRolePolicy))).toEqual({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      });
    }
  });

  it('never grants a wildcard action or resource', () => {
    for (const resource of production.ofType(types.role)) {
      for (const statement of policyOf(resource).Statement) {
        for (const action of statement.Action) expect(action).not.toMatch(/\*/);
        for (const arn of statement.Resource) {
          expect(arn).not.toBe('*');
          expect(arn).not.toMatch(/\/index\/\*/);
          expect(arn).toMatch(
            /^arn:aws:((dynamodb|logs|sqs):eu-central-1:123456789012:|s3:::haven-production-)/,
          );
        }
      }
    }
  });

  it('grants nothing the code never does: no BatchWrite, BatchGet or Scan; Delete and ConditionCheck to the staff pages alone', () => {
    for (const resource of production.ofType(types.role)) {
      const actions = policyOf(resource).Statement.flatMap((statement) => statement.Action);
      const staffPages = resource.name === 'StaffRole';
      for (const action of [
        ...(staffPages ? [] : ['DeleteItem', 'ConditionCheckItem']),
        'BatchWriteItem',
        'BatchGetItem',
        'Scan',
        'PartiQLSelect',
      ]) {
        expect(actions).not.toContain(`dynamodb:${action}`);
      }
    }
  });

  it.each(Object.entries(expectedGrants))(
    '%s reaches only the table, the index it lists on, the stream or queue it needs, with exact actions',
    (name, grants) => {
      const statements = policyFor(production, name).Statement.filter(
        (s) => !s.Action.some((a) => a.startsWith('logs:')),
      );
      expect(statements).toEqual(grants);
    },
  );

  it('lets each function write only to its own log group', () => {
    for (const [name, spec] of Object.entries(expectedFunctions)) {
      const logs = policyFor(production, name).Statement.filter((s) =>
        s.Action.some((a) => a.startsWith('logs:')),
      );
      expect(logs).toEqual([
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: [`arn:aws:logs:eu-central-1:123456789012:log-group:/aws/lambda/${spec.name}:*`],
        },
      ]);
    }
  });
});

describe('the outbox worker', () => {
  it('is driven by new outbox items on the stream, retried, bisected, then dead-lettered', () => {
    const queue = production.the(types.queue);
    expect(mappingOf(production, 'haven-production-email-worker').inputs).toMatchObject({
      eventSourceArn: `${tableArn}/stream/2025-01-01T00:00:00.000`,
      functionName: lambdaArn('haven-production-email-worker'),
      startingPosition: 'TRIM_HORIZON',
      bisectBatchOnFunctionError: true,
      functionResponseTypes: ['ReportBatchItemFailures'],
      maximumRetryAttempts: 8,
      destinationConfig: { onFailure: { destinationArn: queue.state.arn } },
    });
    const filters = field(
      mappingOf(production, 'haven-production-email-worker'),
      'filterCriteria',
      'filters',
    );
    expect(filters).toEqual([
      {
        pattern: JSON.stringify({
          eventName: ['INSERT'],
          dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } },
        }),
      },
    ]);
  });

  it('has a dead-letter queue kept 14 days, and an alarm as soon as anything lands in it', () => {
    const queue = production.the(types.queue);
    expect(queue.inputs).toMatchObject({
      name: 'haven-production-dead-letters',
      messageRetentionSeconds: 1_209_600,
      sqsManagedSseEnabled: true,
    });
    const topic = production.the(types.topic);
    expect(production.get(types.alarm, 'DeadLettersAlarm').inputs).toMatchObject({
      namespace: 'AWS/SQS',
      metricName: 'ApproximateNumberOfMessagesVisible',
      dimensions: { QueueName: 'haven-production-dead-letters' },
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 0,
      alarmActions: [topic.state.arn],
    });
  });
});

describe('schedules', () => {
  /** Rule name → [schedule, function it invokes]. */
  function scheduleTable(declared: Declared): Record<string, [unknown, unknown]> {
    return Object.fromEntries(
      declared.ofType(types.eventRule).map((rule) => {
        const targets = declared
          .ofType(types.eventTarget)
          .filter((target) => target.inputs.rule === rule.inputs.name);
        return [
          String(rule.inputs.name),
          [rule.inputs.scheduleExpression, targets.map((target) => target.inputs.arn)],
        ];
      }),
    );
  }

  it('sweeps the outbox every 5 minutes and reconciles daily, each with its own rule', () => {
    expect(scheduleTable(production)).toEqual({
      'haven-production-outbox-sweep': [
        'rate(5 minutes)',
        [lambdaArn('haven-production-outbox-sweep')],
      ],
      'haven-production-reconcile': [
        'cron(30 3 * * ? *)',
        [lambdaArn('haven-production-reconcile')],
      ],
    });
  });

  it('lets each rule invoke only its own function', () => {
    const permissions = production
      .ofType(types.permission)
      .filter((p) => p.inputs.principal === 'events.amazonaws.com');
    expect(permissions.map((p) => [p.inputs.function, p.inputs.sourceArn]).sort()).toEqual([
      [
        lambdaArn('haven-production-outbox-sweep'),
        'arn:aws:events:eu-central-1:123456789012:rule/haven-production-outbox-sweep',
      ],
      [
        lambdaArn('haven-production-reconcile'),
        'arn:aws:events:eu-central-1:123456789012:rule/haven-production-reconcile',
      ],
    ]);
  });

  it('retries a failed run twice, then dead-letters it; a stale sweep is dropped to the queue too', () => {
    const configs = Object.fromEntries(
      production.ofType(types.invokeConfig).map((c) => [c.inputs.functionName, c.inputs]),
    );
    expect(Object.keys(configs).sort()).toEqual([
      'haven-production-outbox-sweep',
      'haven-production-reconcile',
    ]);
    for (const config of Object.values(configs)) {
      expect(config).toMatchObject({
        maximumRetryAttempts: 2,
        destinationConfig: { onFailure: { destination: dlqArn } },
      });
    }
    expect(configs['haven-production-outbox-sweep']?.maximumEventAgeInSeconds).toBe(900);
  });
});

describe('errors', () => {
  it('alarms on errors of every function and on API server errors, nothing else', () => {
    const alarms = production.ofType(types.alarm);
    const onErrors = alarms.filter((alarm) => alarm.inputs.metricName === 'Errors');
    expect(onErrors.map((alarm) => field(alarm, 'dimensions', 'FunctionName')).sort()).toEqual(
      Object.values(expectedFunctions)
        .map((fn) => fn.name)
        .sort(),
    );
    for (const alarm of onErrors) {
      expect(alarm.inputs).toMatchObject({
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0,
        alarmActions: [production.the(types.topic).state.arn],
      });
    }
    expect(alarms.map((alarm) => alarm.inputs.metricName).sort()).toEqual(
      ['5xx', 'ApproximateNumberOfMessagesVisible', ...onErrors.map(() => 'Errors')].sort(),
    );
  });

  it('gives every asynchronous function a way to the dead-letter queue, and no other', () => {
    const mappings = production.ofType(types.eventSourceMapping).map((m) => m.inputs.functionName);
    const invokeConfigs = production.ofType(types.invokeConfig).map((c) => c.inputs.functionName);
    const withDeadLetters = [
      ...mappings.map((name) => String(name).replace(/^.*:function:/, '')),
      ...invokeConfigs,
    ].sort();
    expect(withDeadLetters).toEqual([
      'haven-production-email-worker',
      'haven-production-export-worker',
      'haven-production-outbox-sweep',
      'haven-production-reconcile',
    ]);
    const sending = production
      .ofType(types.role)
      .filter((role) => policyOf(role).Statement.some((s) => s.Action.includes('sqs:SendMessage')))
      .map((role) => role.name)
      .sort();
    expect(sending).toEqual([
      'EmailWorkerRole',
      'ExportWorkerRole',
      'OutboxSweepRole',
      'ReconcileRole',
    ]);
  });
});

describe('stages', () => {
  const physicalNames = (declared: Declared) =>
    declared.all
      .map((resource: DeclaredResource) => resource.inputs.name)
      .filter((name): name is string => typeof name === 'string' && !name.startsWith('$'));

  it('names every resource after its stage, so dev and production share nothing', () => {
    const inProduction = physicalNames(production);
    const inDev = physicalNames(dev);
    expect(inProduction.length).toBeGreaterThan(10);
    for (const name of inProduction) expect(name).toMatch(/haven-production/);
    for (const name of inDev) expect(name).toMatch(/haven-dev/);
    expect(inProduction.filter((name) => inDev.includes(name))).toEqual([]);
  });
});
