import type * as Pulumi from '@pulumi/pulumi';
import { createAlarms } from './alarms';
import { createApi, createApiRoutes } from './api';
import { createFunction } from './functions';
import { connectOutbox, outboxStatements } from './outbox';
import { type Platform, physicalName, type SecretName } from './platform';
import { scheduleReconcile } from './schedule';
import { createTable } from './table';

export type { Platform } from './platform';

export type HavenOutputs = {
  url: Pulumi.Output<string>;
  table: Pulumi.Output<string>;
  deadLetterQueue: Pulumi.Output<string>;
};

/** The whole deployment of one stage. */
export function haven(platform: Platform): HavenOutputs {
  const { aws, pulumi, app } = platform;
  const table = createTable(platform);
  const secrets: Record<SecretName, Pulumi.Output<string>> = {
    StripeSecretKey: platform.secret('StripeSecretKey'),
    StripeWebhookSecret: platform.secret('StripeWebhookSecret'),
    ResendApiKey: platform.secret('ResendApiKey'),
    SessionSecret: platform.secret('SessionSecret'),
  };
  const deadLetters = new aws.sqs.Queue('DeadLetters', {
    name: physicalName(app, 'dead-letters'),
    messageRetentionSeconds: 14 * 24 * 60 * 60,
    sqsManagedSseEnabled: true,
  });
  const api = createApi(platform);
  const publicUrl = platform.publicUrl ?? api.apiEndpoint;
  const context = { platform, table, publicUrl, secrets };

  const functions = {
    http: createFunction(context, 'http'),
    stripeWebhook: createFunction(context, 'stripeWebhook'),
    emailWorker: createFunction(
      context,
      'emailWorker',
      outboxStatements(pulumi, table, deadLetters),
    ),
    reconcile: createFunction(context, 'reconcile', [
      { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [deadLetters.arn] },
    ]),
  };
  createApiRoutes(platform, api, functions);
  connectOutbox(platform, table, functions.emailWorker, deadLetters);
  scheduleReconcile(platform, functions.reconcile, deadLetters);
  createAlarms(platform, { api, deadLetters, functions });

  return { url: pulumi.output(publicUrl), table: table.name, deadLetterQueue: deadLetters.url };
}
