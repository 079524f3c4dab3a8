import type * as Aws from '@pulumi/aws';
import type * as Pulumi from '@pulumi/pulumi';
import { policyDocument, type Statement, tableGrants, tableStatements } from './access';
import {
  type FunctionName,
  kebabName,
  type Platform,
  physicalName,
  type SecretName,
  secretEnv,
} from './platform';

type FunctionSpec = {
  /** The entry file in functions/, built by bundle.ts into `index.mjs`. */
  entry: string;
  memory: number;
  /** Seconds. */
  timeout: number;
  /** Only these secrets (and stage values) reach the function's environment. */
  secrets: readonly SecretName[];
};

export const runtime = 'nodejs22.x';

/** Each entry's size and what it is given; its table access is in access.ts (`tableGrants`). */
export const functionSpecs = {
  // Pages, public JSON API and health: no secret (staff sign-in will bring SessionSecret).
  http: { entry: 'functions/http.ts', memory: 512, timeout: 10, secrets: [] },
  // The donation form, JSON donations and the thank-you page: each waits on a Stripe call, so
  // more time than a page, well under API Gateway's 30 s integration limit.
  payments: {
    entry: 'functions/payments.ts',
    memory: 512,
    timeout: 15,
    secrets: ['StripeSecretKey'],
  },
  stripeWebhook: {
    entry: 'functions/stripe-webhook.ts',
    memory: 512,
    timeout: 15,
    secrets: ['StripeSecretKey', 'StripeWebhookSecret'],
  },
  emailWorker: {
    entry: 'functions/email-worker.ts',
    memory: 256,
    timeout: 30,
    secrets: ['ResendApiKey', 'MailFrom'],
  },
  // Drains every due item, one at a time; a run cut short leaves the rest to the next one.
  outboxSweep: {
    entry: 'functions/outbox-sweep.ts',
    memory: 256,
    timeout: 120,
    secrets: ['ResendApiKey', 'MailFrom'],
  },
  reconcile: {
    entry: 'functions/reconcile.ts',
    memory: 512,
    timeout: 300,
    secrets: ['StripeSecretKey'],
  },
} as const satisfies Record<FunctionName, FunctionSpec>;

export type HavenFunction = {
  fn: Aws.lambda.Function;
  role: Aws.iam.Role;
  logGroup: Aws.cloudwatch.LogGroup;
};

type Context = {
  platform: Platform;
  table: Aws.dynamodb.Table;
  publicUrl: Pulumi.Input<string>;
  secrets: Record<SecretName, Pulumi.Output<string>>;
};

/**
 * A function with its own role and log group. The role can write only to that log group and
 * reach only the table (and whatever `extra` grants, e.g. the stream or the dead-letter queue).
 */
export function createFunction(
  { platform, table, publicUrl, secrets }: Context,
  name: FunctionName,
  extra: Statement[] = [],
): HavenFunction {
  const { aws, pulumi, app } = platform;
  const spec: FunctionSpec = functionSpecs[name];
  const functionName = physicalName(app, kebabName(name));
  const resource = name.charAt(0).toUpperCase() + name.slice(1);

  const logGroup = new aws.cloudwatch.LogGroup(`${resource}Logs`, {
    name: `/aws/lambda/${functionName}`,
    retentionInDays: 30,
  });
  const role = new aws.iam.Role(`${resource}Role`, {
    name: functionName,
    assumeRolePolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ],
    }),
  });
  const policy = new aws.iam.RolePolicy(`${resource}Policy`, {
    role: role.id,
    policy: policyDocument(pulumi, [
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: [pulumi.interpolate`${logGroup.arn}:*`],
      },
      ...tableStatements(pulumi, table.arn, tableGrants[name]),
      ...extra,
    ]),
  });

  const variables: Record<string, Pulumi.Input<string>> = {
    TABLE_NAME: table.name,
    PUBLIC_URL: publicUrl,
    NODE_OPTIONS: '--enable-source-maps',
  };
  for (const secret of spec.secrets) variables[secretEnv[secret]] = secrets[secret];

  const fn = new aws.lambda.Function(
    resource,
    {
      name: functionName,
      role: role.arn,
      runtime,
      architectures: ['arm64'],
      handler: 'index.handler',
      code: new pulumi.asset.FileArchive(platform.bundles[name]),
      memorySize: spec.memory,
      timeout: spec.timeout,
      environment: { variables },
      loggingConfig: { logFormat: 'JSON', logGroup: logGroup.name },
    },
    // Its log group and permissions exist before it can first run (e.g. from the stream).
    { dependsOn: [logGroup, policy] },
  );
  return { fn, role, logGroup };
}
