import type * as Pulumi from '@pulumi/pulumi';
import type { Statement } from './access';
import { createAlarms } from './alarms';
import { createApi, createApiRoutes } from './api';
import { createFunction } from './functions';
import { connectOutbox, outboxStreamStatements } from './outbox';
import { type Platform, physicalName, type SecretName } from './platform';
import { scheduleFunction } from './schedule';
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
    MailFrom: platform.secret('MailFrom'),
  };
  const deadLetters = new aws.sqs.Queue('DeadLetters', {
    name: physicalName(app, 'dead-letters'),
    messageRetentionSeconds: 14 * 24 * 60 * 60,
    sqsManagedSseEnabled: true,
  });
  const api = createApi(platform);
  const publicUrl = platform.publicUrl ?? api.apiEndpoint;
  const context = { platform, table, publicUrl, secrets };

  // The asynchronous functions park what failed after their retries in the dead-letter queue.
  const toDeadLetters: Statement = {
    Effect: 'Allow',
    Action: ['sqs:SendMessage'],
    Resource: [deadLetters.arn],
  };
  const functions = {
    http: createFunction(context, 'http'),
    payments: createFunction(context, 'payments'),
    stripeWebhook: createFunction(context, 'stripeWebhook'),
    emailWorker: createFunction(context, 'emailWorker', [
      ...outboxStreamStatements(pulumi, table),
      toDeadLetters,
    ]),
    outboxSweep: createFunction(context, 'outboxSweep', [toDeadLetters]),
    reconcile: createFunction(context, 'reconcile', [toDeadLetters]),
  };
  createApiRoutes(platform, api, functions);
  connectOutbox(platform, table, functions.emailWorker, deadLetters);
  scheduleFunction(platform, 'outboxSweep', functions.outboxSweep, deadLetters);
  scheduleFunction(platform, 'reconcile', functions.reconcile, deadLetters);
  createAlarms(platform, { api, deadLetters, functions });

  return { url: pulumi.output(publicUrl), table: table.name, deadLetterQueue: deadLetters.url };
}
