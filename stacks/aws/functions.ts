import { type Statement, tableGrants, tableStatements } from '../access';
import { functionSpecs, runtime } from '../functions';
import {
  type App,
  type FunctionName,
  kebabName,
  physicalName,
  resourceName,
  type SecretName,
} from '../platform';
import { type accountScope, lambdaAssumeRolePolicy, policyDocument } from './policy';

export type FunctionContext = {
  app: App;
  table: sst.aws.Dynamo;
  secrets: Record<SecretName, sst.Secret>;
  publicUrl: $util.Input<string>;
  /** STRIPE_MODE of every function: `connect` (each organisation's own account) or `single`. */
  stripeMode: 'single' | 'connect';
  /** Directory holding each function's built bundle (`index.mjs` + map), see ../bundle.ts. */
  bundles: Record<FunctionName, string>;
  scope: ReturnType<typeof accountScope>;
};

export type FunctionOptions = {
  /** Statements beyond its table grant (the stream, the dead-letter queue), given their ARNs. */
  extra?: $util.Output<Statement[]>;
  /** Resources beyond the table and its secrets whose names it reads through SST's Resource. */
  link?: sst.aws.Bucket[];
  /** For a function invoked asynchronously: Lambda's retries, then the dead-letter queue. */
  asynchronous?: {
    retries: number;
    maxEventAgeSeconds?: number;
    deadLetterArn: $util.Output<string>;
  };
};

/**
 * One Lambda as SST's Function component: our own esbuild bundle (`bundle`), Node 22 on arm64,
 * JSON logs in its own log group, and `link` for the table and exactly the secrets its entry
 * reads (they reach it encrypted in the bundle, read through `Resource` by @haven/config).
 *
 * The role is the component's, with its policy replaced: linking the table would grant
 * `dynamodb:*` on the table and every index, and the component attaches
 * AWSLambdaBasicExecutionRole (logs on `*`). Instead the role may write only its own log group
 * and make only the table calls its code makes (../access.ts).
 */
export function createFunction(
  context: FunctionContext,
  name: FunctionName,
  options: FunctionOptions = {},
): sst.aws.Function {
  const { app, table, secrets, publicUrl, stripeMode, bundles, scope } = context;
  const spec = functionSpecs[name];
  const functionName = physicalName(app, kebabName(name));
  const extra = options.extra ?? $output([]);
  const policy = $resolve({ where: scope, tableArn: table.arn, statements: extra }).apply(
    ({ where, tableArn, statements }) =>
      policyDocument([
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: [
            `arn:${where.partition}:logs:${where.region}:${where.account}:log-group:/aws/lambda/${functionName}:*`,
          ],
        },
        ...tableStatements(tableArn, tableGrants[name]),
        ...statements,
      ]),
  );
  const { asynchronous } = options;

  return new sst.aws.Function(resourceName(name), {
    name: functionName,
    handler: 'index.handler',
    bundle: bundles[name],
    runtime,
    architecture: 'arm64',
    memory: `${spec.memory} MB`,
    timeout: `${spec.timeout} seconds`,
    logging: { format: 'json', retention: '1 month' },
    link: [table, ...spec.secrets.map((secret) => secrets[secret]), ...(options.link ?? [])],
    environment: {
      PUBLIC_URL: publicUrl,
      STRIPE_MODE: stripeMode,
      NODE_OPTIONS: '--enable-source-maps',
    },
    retries: asynchronous?.retries,
    transform: {
      // Under `sst dev` the component's own role stays: the live-function bridge needs AppSync
      // and the asset bucket, and is assumed from your account. That is a personal stage on
      // your own data; every deployed stage gets the role below.
      role: $dev
        ? undefined
        : {
            assumeRolePolicy: lambdaAssumeRolePolicy,
            inlinePolicies: [{ name: 'inline', policy }],
            managedPolicyArns: [],
          },
      eventInvokeConfig: asynchronous && {
        maximumEventAgeInSeconds: asynchronous.maxEventAgeSeconds,
        destinationConfig: { onFailure: { destination: asynchronous.deadLetterArn } },
      },
    },
  });
}
