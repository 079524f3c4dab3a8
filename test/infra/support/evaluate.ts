import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { haven } from '../../../stacks';
import type { SecretName } from '../../../stacks/platform';

export const account = '123456789012';
export const region = 'eu-central-1';

/**
 * The value each fake secret carries: distinctive, so a test can find where it ended up, and in
 * the shape @haven/config checks, so an entry started with it gets past its cold start.
 */
const fakeSecrets = {
  StripeSecretKey: 'sk_test_fake_StripeSecretKey',
  StripeWebhookSecret: 'whsec_fake_StripeWebhookSecret',
  ResendApiKey: 're_fake_ResendApiKey',
  MailFrom: 'Haven receipts <fake-MailFrom@example.org>',
} as const satisfies Record<SecretName, string>;

export function fakeSecret(name: SecretName): string {
  return fakeSecrets[name];
}

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
    case 'aws:cloudwatch/eventRule:EventRule':
      return { arn: arn('events', `rule/${physical}`) };
    case 'aws:sns/topic:Topic':
      return { arn: arn('sns', physical) };
    default:
      return {};
  }
}

/**
 * Runs the real stack code (stacks/index.ts) on Pulumi's offline mocks and returns every
 * resource it declares with the inputs Pulumi would send to the AWS provider.
 */
export async function evaluateStacks(stage: string): Promise<DeclaredResource[]> {
  const declared: DeclaredResource[] = [];
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
        });
        return { id: resourceId, state };
      },
      call: ({ inputs }) => inputs,
    },
    'haven',
    stage,
    false,
  );
  const outputs = haven({
    aws,
    pulumi,
    app: { name: 'haven', stage },
    secret: (name) => pulumi.secret(fakeSecret(name)),
    bundles: {
      http: '/bundles/http',
      payments: '/bundles/payments',
      stripeWebhook: '/bundles/stripeWebhook',
      emailWorker: '/bundles/emailWorker',
      outboxSweep: '/bundles/outboxSweep',
      reconcile: '/bundles/reconcile',
    },
  });
  await new Promise((resolve) =>
    pulumi.all([outputs.url, outputs.table, outputs.deadLetterQueue]).apply(resolve),
  );
  // Resources registered after the outputs resolved (policies, alarms) are still in flight.
  await settle(() => declared.length);
  return declared;
}

async function settle(count: () => number): Promise<void> {
  let last = -1;
  while (count() !== last) {
    last = count();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
