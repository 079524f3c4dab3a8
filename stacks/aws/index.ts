import { type Statement, streamStatements } from '../access';
import { type FunctionName, physicalName, type SecretName } from '../platform';
import { type Schedule, type ScheduledFunction, schedules } from '../schedule';
import { createAlarms } from './alarms';
import { createApi, routeApp, routeOwnFunction } from './api';
import { createCdn } from './cdn';
import {
  connectExports,
  createExportsBucket,
  exportReadStatements,
  exportWriteStatements,
} from './exports';
import { createFunction } from './functions';
import { connectOutbox } from './outbox';
import { accountScope } from './policy';
import { scheduleFunction } from './schedule';
import { createTable } from './table';
import { createUploadsBucket, readUploadStatements, writeUploadStatements } from './uploads';

export type HavenInput = {
  /** Directory holding each function's built bundle (`index.mjs` + map), see ../bundle.ts. */
  bundles: Record<FunctionName, string>;
  /** The public origin (custom domain); the CDN's URL when unset. */
  publicUrl?: string | undefined;
  /** Where alarms are emailed; alarms still publish to the SNS topic when unset. */
  alertEmail?: string | undefined;
  /**
   * `connect` (default): each organisation's gifts on its own Stripe account (Connect);
   * `single`: one NGO, every gift on the key's own account. Every function reads it.
   */
  stripeMode?: 'single' | 'connect' | undefined;
};

export type HavenOutputs = {
  url: $util.Output<string>;
  table: $util.Output<string>;
  uploads: $util.Output<string>;
  exports: $util.Output<string>;
  deadLetterQueue: $util.Output<string>;
};

/** The whole deployment of one stage, run inside `sst.config.ts`'s `run()`. */
export function haven({
  bundles,
  publicUrl,
  alertEmail,
  stripeMode = 'connect',
}: HavenInput): HavenOutputs {
  const app = { name: $app.name, stage: $app.stage };
  const table = createTable(app);
  const uploads = createUploadsBucket(app);
  const exportsBucket = createExportsBucket(app);
  const secrets: Record<SecretName, sst.Secret> = {
    StripeSecretKey: new sst.Secret('StripeSecretKey'),
    StripeWebhookSecret: new sst.Secret('StripeWebhookSecret'),
    StripeConnectWebhookSecret: new sst.Secret('StripeConnectWebhookSecret'),
    ResendApiKey: new sst.Secret('ResendApiKey'),
    MailFrom: new sst.Secret('MailFrom'),
    FormTokenSecret: new sst.Secret('FormTokenSecret'),
    ResendWebhookSecret: new sst.Secret('ResendWebhookSecret'),
  };
  const deadLetters = new sst.aws.Queue('DeadLetters', {
    transform: {
      queue: {
        name: physicalName(app, 'dead-letters'),
        messageRetentionSeconds: 14 * 24 * 60 * 60,
        sqsManagedSseEnabled: true,
      },
    },
  });
  const api = createApi(app);
  const cdn = createCdn(app, api);
  const url = publicUrl ?? cdn.url;
  const context = {
    app,
    table,
    secrets,
    publicUrl: url,
    stripeMode,
    bundles,
    scope: accountScope(),
  };

  // The asynchronous functions park what failed after their retries in the dead-letter queue.
  const toDeadLetters = deadLetters.arn.apply((arn): Statement[] => [
    { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [arn] },
  ]);
  const onFailure = (name: ScheduledFunction) => {
    const schedule: Schedule = schedules[name];
    return {
      retries: schedule.retries,
      maxEventAgeSeconds: schedule.maxEventAgeSeconds,
      deadLetterArn: deadLetters.arn,
    };
  };
  const functions = {
    // Public pages serve the covers and logos staff pages store there; finance (staff) pages
    // sign links to the exports the worker prepared.
    http: createFunction(context, 'http', {
      extra: uploads.arn.apply(readUploadStatements),
      link: [uploads],
    }),
    staff: createFunction(context, 'staff', {
      extra: $resolve({ uploads: uploads.arn, exports: exportsBucket.arn }).apply((arns) => [
        ...writeUploadStatements(arns.uploads),
        ...exportReadStatements(arns.exports),
      ]),
      link: [uploads, exportsBucket],
    }),
    jsonApi: createFunction(context, 'jsonApi'),
    payments: createFunction(context, 'payments'),
    stripeWebhook: createFunction(context, 'stripeWebhook'),
    emailWorker: createFunction(context, 'emailWorker', {
      extra: $resolve({ tableArn: table.arn, dlq: toDeadLetters }).apply(({ tableArn, dlq }) => [
        ...streamStatements(tableArn),
        ...dlq,
      ]),
    }),
    outboxSweep: createFunction(context, 'outboxSweep', {
      extra: toDeadLetters,
      asynchronous: onFailure('outboxSweep'),
    }),
    reconcile: createFunction(context, 'reconcile', {
      extra: toDeadLetters,
      asynchronous: onFailure('reconcile'),
    }),
    exportWorker: createFunction(context, 'exportWorker', {
      extra: $resolve({
        tableArn: table.arn,
        bucketArn: exportsBucket.arn,
        dlq: toDeadLetters,
      }).apply(({ tableArn, bucketArn, dlq }) => [
        ...streamStatements(tableArn),
        ...exportWriteStatements(bucketArn),
        ...dlq,
      ]),
      link: [exportsBucket],
    }),
  };
  routeApp(api, functions.http);
  routeOwnFunction(api, 'staff', functions.staff);
  routeOwnFunction(api, 'jsonApi', functions.jsonApi);
  routeOwnFunction(api, 'payments', functions.payments);
  routeOwnFunction(api, 'stripeWebhook', functions.stripeWebhook);
  connectOutbox(table, functions.emailWorker, deadLetters);
  connectExports(table, functions.exportWorker, deadLetters);
  scheduleFunction(app, 'outboxSweep', functions.outboxSweep);
  scheduleFunction(app, 'reconcile', functions.reconcile);
  createAlarms(app, { api, deadLetters, functions }, alertEmail);

  return {
    url: $output(url),
    table: table.name,
    uploads: uploads.name,
    exports: exportsBucket.name,
    deadLetterQueue: deadLetters.url,
  };
}
