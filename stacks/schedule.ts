import type * as Aws from '@pulumi/aws';
import type { HavenFunction } from './functions';
import { kebabName, type Platform, physicalName } from './platform';

type Schedule = {
  expression: string;
  /** Lambda's own retries of a failed run (it waits about 1 and then 2 minutes). */
  retries: number;
  /** A run not started by then is dropped, and lands in the dead-letter queue like a failure. */
  maxEventAgeSeconds?: number;
};

export const schedules = {
  // Daily, at a quiet hour in Europe; Stripe's balance for the day before has settled.
  reconcile: { expression: 'cron(30 3 * * ? *)', retries: 2 },
  // Sends whatever is due: first tries the stream missed, and retries on their backoff (the
  // items' dueAt). A run older than 15 minutes is superseded by the runs since, so it is not
  // kept waiting; leases keep overlapping runs from sending an item twice.
  outboxSweep: { expression: 'rate(5 minutes)', retries: 2, maxEventAgeSeconds: 15 * 60 },
} as const satisfies Record<string, Schedule>;
export type ScheduledFunction = keyof typeof schedules;

/**
 * Runs a function on its schedule. A failed run is retried by Lambda, then parked in the
 * dead-letter queue, whose alarm tells a person.
 */
export function scheduleFunction(
  { aws, app }: Platform,
  name: ScheduledFunction,
  target: HavenFunction,
  deadLetters: Aws.sqs.Queue,
): Aws.cloudwatch.EventRule {
  const schedule: Schedule = schedules[name];
  const resource = name.charAt(0).toUpperCase() + name.slice(1);
  const rule = new aws.cloudwatch.EventRule(`${resource}Schedule`, {
    name: physicalName(app, kebabName(name)),
    scheduleExpression: schedule.expression,
  });
  new aws.cloudwatch.EventTarget(`${resource}Target`, { rule: rule.name, arn: target.fn.arn });
  new aws.lambda.Permission(`${resource}SchedulePermission`, {
    action: 'lambda:InvokeFunction',
    function: target.fn.name,
    principal: 'events.amazonaws.com',
    sourceArn: rule.arn,
  });
  new aws.lambda.FunctionEventInvokeConfig(`${resource}InvokeConfig`, {
    functionName: target.fn.name,
    maximumRetryAttempts: schedule.retries,
    maximumEventAgeInSeconds: schedule.maxEventAgeSeconds,
    destinationConfig: { onFailure: { destination: deadLetters.arn } },
  });
  return rule;
}
