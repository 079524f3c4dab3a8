import type * as Aws from '@pulumi/aws';
import type { HavenFunction } from './functions';
import { type Platform, physicalName } from './platform';

/** Daily, at a quiet hour in Europe; Stripe's balance for the day before has settled. */
export const reconcileSchedule = 'cron(30 3 * * ? *)';

/**
 * Runs the reconciliation once a day. A failed run is retried twice by Lambda, then parked in
 * the dead-letter queue, whose alarm tells a person.
 */
export function scheduleReconcile(
  { aws, app }: Platform,
  reconcile: HavenFunction,
  deadLetters: Aws.sqs.Queue,
): Aws.cloudwatch.EventRule {
  const rule = new aws.cloudwatch.EventRule('ReconcileSchedule', {
    name: physicalName(app, 'reconcile'),
    scheduleExpression: reconcileSchedule,
  });
  new aws.cloudwatch.EventTarget('ReconcileTarget', { rule: rule.name, arn: reconcile.fn.arn });
  new aws.lambda.Permission('ReconcileSchedulePermission', {
    action: 'lambda:InvokeFunction',
    function: reconcile.fn.name,
    principal: 'events.amazonaws.com',
    sourceArn: rule.arn,
  });
  new aws.lambda.FunctionEventInvokeConfig('ReconcileInvokeConfig', {
    functionName: reconcile.fn.name,
    maximumRetryAttempts: 2,
    destinationConfig: { onFailure: { destination: deadLetters.arn } },
  });
  return rule;
}
