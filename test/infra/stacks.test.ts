import { beforeAll, describe, expect, it } from 'vitest';
import { secretNames } from '../../stacks/platform';
import { type DeclaredResource, evaluateStacks, fakeSecret } from './support/evaluate';
import { Declared, field, policyOf, types } from './support/resources';

let production: Declared;
let dev: Declared;

beforeAll(async () => {
  production = new Declared(await evaluateStacks('production'));
  dev = new Declared(await evaluateStacks('dev'));
});

const tableArn = 'arn:aws:dynamodb:eu-central-1:123456789012:table/haven-production';

const expectedFunctions = {
  Http: { name: 'haven-production-http', memory: 512, timeout: 10 },
  StripeWebhook: { name: 'haven-production-stripe-webhook', memory: 512, timeout: 15 },
  EmailWorker: { name: 'haven-production-email-worker', memory: 256, timeout: 30 },
  Reconcile: { name: 'haven-production-reconcile', memory: 512, timeout: 300 },
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

  it('is protected from deletion in production but not in dev', () => {
    expect(production.the(types.table).inputs.deletionProtectionEnabled).toBe(true);
    expect(dev.the(types.table).inputs.deletionProtectionEnabled).toBe(false);
  });
});

describe('the functions', () => {
  it('declares exactly the four entries', () => {
    expect(production.ofType(types.fn).map((fn) => fn.name)).toEqual(
      expect.arrayContaining(Object.keys(expectedFunctions)),
    );
    expect(production.ofType(types.fn)).toHaveLength(4);
  });

  it.each(Object.entries(expectedFunctions))(
    '%s: handler, runtime, size and time',
    (name, spec) => {
      const fn = production.get(types.fn, name);
      expect(fn.inputs).toMatchObject({
        name: spec.name,
        handler: 'index.handler',
        memorySize: spec.memory,
        timeout: spec.timeout,
        architectures: ['arm64'],
        loggingConfig: { logFormat: 'JSON', logGroup: `/aws/lambda/${spec.name}` },
      });
      const runtime = String(fn.inputs.runtime).match(/^nodejs(\d+)\.x$/);
      expect(Number(runtime?.[1])).toBeGreaterThanOrEqual(22);
    },
  );

  it('gives each function its config and only the secrets it needs', () => {
    const env = (name: string) => field(production.get(types.fn, name), 'environment', 'variables');
    const common = {
      TABLE_NAME: 'haven-production',
      PUBLIC_URL: 'https://haven-production.execute-api.eu-central-1.amazonaws.com',
      NODE_OPTIONS: '--enable-source-maps',
    };
    expect(env('Http')).toEqual({
      ...common,
      SESSION_SECRET: fakeSecret('SessionSecret'),
      STRIPE_SECRET_KEY: fakeSecret('StripeSecretKey'),
    });
    expect(env('StripeWebhook')).toEqual({
      ...common,
      STRIPE_SECRET_KEY: fakeSecret('StripeSecretKey'),
      STRIPE_WEBHOOK_SECRET: fakeSecret('StripeWebhookSecret'),
    });
    expect(env('EmailWorker')).toEqual({ ...common, RESEND_API_KEY: fakeSecret('ResendApiKey') });
    expect(env('Reconcile')).toEqual({
      ...common,
      STRIPE_SECRET_KEY: fakeSecret('StripeSecretKey'),
    });
  });

  it('keeps secrets encrypted in state and out of every other resource', () => {
    const values = secretNames.map(fakeSecret);
    for (const resource of production.all) {
      const inputs = JSON.stringify(resource.inputs);
      if (resource.type === types.fn) expect(resource.secretInputs).toEqual(['environment']);
      else expect(values.filter((value) => inputs.includes(value))).toEqual([]);
    }
  });
});

describe('the HTTP API', () => {
  /** 'GET /healthz' → the Lambda function resource name it reaches. */
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
        return [String(route.inputs.routeKey), fn.name];
      }),
    );
  }

  it('routes pages, JSON API, staff and health to the app and the webhook to its own function', () => {
    expect(routeTable(production)).toEqual({
      'GET /healthz': 'Http',
      'ANY /api/{proxy+}': 'Http',
      'ANY /staff': 'Http',
      'ANY /staff/{proxy+}': 'Http',
      $default: 'Http',
      'POST /webhooks/stripe': 'StripeWebhook',
    });
    expect(production.the(types.api).inputs).toMatchObject({ protocolType: 'HTTP' });
    expect(production.the(types.stage).inputs).toMatchObject({
      name: '$default',
      autoDeploy: true,
    });
  });

  it('lets API Gateway invoke the webhook function through its route only', () => {
    const permissions = production
      .ofType(types.permission)
      .filter((p) => p.inputs.principal === 'apigateway.amazonaws.com');
    const executionArn = 'arn:aws:execute-api:eu-central-1:123456789012:haven-production';
    expect(permissions.map((p) => [p.inputs.function, p.inputs.sourceArn]).sort()).toEqual([
      ['haven-production-http', `${executionArn}/*`],
      ['haven-production-stripe-webhook', `${executionArn}/*/POST/webhooks/stripe`],
    ]);
  });
});

describe('least-privilege IAM', () => {
  const policyFor = (declared: Declared, name: string) =>
    policyOf(declared.get(types.rolePolicy, `${name}Policy`));

  it('never grants a wildcard action or resource', () => {
    for (const resource of production.ofType(types.rolePolicy)) {
      for (const statement of policyOf(resource).Statement) {
        for (const action of statement.Action) expect(action).not.toMatch(/\*/);
        for (const arn of statement.Resource) {
          expect(arn).not.toBe('*');
          expect(arn).toMatch(/^arn:aws:(dynamodb|logs|sqs):eu-central-1:123456789012:/);
        }
      }
    }
  });

  it.each([
    [
      'Http',
      [
        'GetItem',
        'BatchGetItem',
        'Query',
        'PutItem',
        'UpdateItem',
        'DeleteItem',
        'ConditionCheckItem',
      ],
    ],
    ['StripeWebhook', ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'ConditionCheckItem']],
    ['EmailWorker', ['GetItem', 'Query', 'UpdateItem']],
    ['Reconcile', ['GetItem', 'BatchGetItem', 'Query']],
  ])(
    '%s reaches only the table and its indexes, with only the actions it needs',
    (name, actions) => {
      const statements = policyFor(production, name).Statement;
      const onTable = statements.filter((s) => s.Resource.some((arn) => arn.includes(':table/')));
      expect(onTable.filter((s) => !s.Resource.some((arn) => arn.includes('/stream/')))).toEqual([
        { Effect: 'Allow', Action: actions.map((a) => `dynamodb:${a}`), Resource: [tableArn] },
        { Effect: 'Allow', Action: ['dynamodb:Query'], Resource: [`${tableArn}/index/*`] },
      ]);
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

  it('gives only the email worker the stream, and only it and reconcile the dead-letter queue', () => {
    const grants = (name: string, prefix: string) =>
      policyFor(production, name).Statement.filter((s) =>
        s.Action.some((a) => a.startsWith(prefix) && !a.includes('Item') && a !== 'dynamodb:Query'),
      );
    expect(grants('EmailWorker', 'dynamodb:')).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:DescribeStream',
          'dynamodb:GetRecords',
          'dynamodb:GetShardIterator',
          'dynamodb:ListStreams',
        ],
        Resource: [`${tableArn}/stream/*`],
      },
    ]);
    for (const name of ['Http', 'StripeWebhook', 'Reconcile']) {
      expect(grants(name, 'dynamodb:')).toEqual([]);
    }
    const dlqArn = 'arn:aws:sqs:eu-central-1:123456789012:haven-production-dead-letters';
    for (const name of ['EmailWorker', 'Reconcile']) {
      expect(grants(name, 'sqs:')).toEqual([
        { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [dlqArn] },
      ]);
    }
    for (const name of ['Http', 'StripeWebhook']) expect(grants(name, 'sqs:')).toEqual([]);
  });
});

describe('the outbox worker', () => {
  it('is driven by new outbox items on the stream, retried, bisected, then dead-lettered', () => {
    const queue = production.the(types.queue);
    expect(production.the(types.eventSourceMapping).inputs).toMatchObject({
      eventSourceArn: `${tableArn}/stream/2025-01-01T00:00:00.000`,
      functionName:
        'arn:aws:lambda:eu-central-1:123456789012:function:haven-production-email-worker',
      startingPosition: 'TRIM_HORIZON',
      bisectBatchOnFunctionError: true,
      functionResponseTypes: ['ReportBatchItemFailures'],
      maximumRetryAttempts: 8,
      destinationConfig: { onFailure: { destinationArn: queue.state.arn } },
    });
    const filters = field(production.the(types.eventSourceMapping), 'filterCriteria', 'filters');
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

describe('errors and schedules', () => {
  it('alarms on errors of every function and on API server errors', () => {
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
      });
    }
    expect(alarms.map((alarm) => alarm.inputs.metricName)).toContain('5xx');
  });

  it('runs reconciliation daily, retried twice, failures dead-lettered', () => {
    const reconcileArn =
      'arn:aws:lambda:eu-central-1:123456789012:function:haven-production-reconcile';
    expect(production.the(types.eventRule).inputs.scheduleExpression).toBe('cron(30 3 * * ? *)');
    expect(production.the(types.eventTarget).inputs.arn).toBe(reconcileArn);
    expect(production.the(types.invokeConfig).inputs).toMatchObject({
      functionName: 'haven-production-reconcile',
      maximumRetryAttempts: 2,
      destinationConfig: { onFailure: { destination: production.the(types.queue).state.arn } },
    });
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
