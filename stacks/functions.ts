import type * as Aws from '@pulumi/aws';
import type * as Pulumi from '@pulumi/pulumi';
import { policyDocument, type Statement, type TableAccess, tableStatements } from './access';
import {
  type FunctionName,
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
  table: TableAccess;
  /** Only these secrets reach the function's environment. */
  secrets: SecretName[];
};

export const runtime = 'nodejs22.x';

export const functionSpecs = {
  // Pages, JSON API and staff. Checkout sessions are created from the donation form, hence the
  // Stripe key; the session key signs staff sessions.
  http: {
    entry: 'functions/http.ts',
    memory: 512,
    timeout: 10,
    table: 'readWrite',
    secrets: ['SessionSecret', 'StripeSecretKey'],
  },
  stripeWebhook: {
    entry: 'functions/stripe-webhook.ts',
    memory: 512,
    timeout: 15,
    table: 'webhook',
    secrets: ['StripeSecretKey', 'StripeWebhookSecret'],
  },
  emailWorker: {
    entry: 'functions/email-worker.ts',
    memory: 256,
    timeout: 30,
    table: 'outbox',
    secrets: ['ResendApiKey'],
  },
  reconcile: {
    entry: 'functions/reconcile.ts',
    memory: 512,
    timeout: 300,
    table: 'read',
    secrets: ['StripeSecretKey'],
  },
} as const satisfies Record<FunctionName, FunctionSpec>;

const kebab: Record<FunctionName, string> = {
  http: 'http',
  stripeWebhook: 'stripe-webhook',
  emailWorker: 'email-worker',
  reconcile: 'reconcile',
};

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
  const functionName = physicalName(app, kebab[name]);
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
      ...tableStatements(pulumi, table.arn, spec.table),
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
