import type * as Aws from '@pulumi/aws';
import type { HavenFunction } from './functions';
import { type FunctionName, type Platform, physicalName } from './platform';

type AlarmTargets = {
  api: Aws.apigatewayv2.Api;
  deadLetters: Aws.sqs.Queue;
  functions: Record<FunctionName, HavenFunction>;
};

/**
 * Alarms that need a person: anything in the dead-letter queue (an outbox batch, a sweep or a
 * reconciliation that gave up), any function error, and server errors the app answered itself (Hono turns
 * exceptions into 500 responses, which Lambda does not count as errors).
 */
export function createAlarms(platform: Platform, targets: AlarmTargets): Aws.sns.Topic {
  const { aws, app, alertEmail } = platform;
  const topic = new aws.sns.Topic('Alarms', { name: physicalName(app, 'alarms') });
  if (alertEmail) {
    new aws.sns.TopicSubscription('AlarmsEmail', {
      topic: topic.arn,
      protocol: 'email',
      endpoint: alertEmail,
    });
  }
  const common = {
    alarmActions: [topic.arn],
    okActions: [topic.arn],
    period: 300,
    evaluationPeriods: 1,
    comparisonOperator: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
  };

  new aws.cloudwatch.MetricAlarm('DeadLettersAlarm', {
    ...common,
    name: physicalName(app, 'dead-letters'),
    alarmDescription:
      'An outbox batch, an outbox sweep or a reconciliation run failed after all retries.',
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: targets.deadLetters.name },
    statistic: 'Maximum',
    threshold: 0,
  });
  for (const [name, { fn }] of Object.entries(targets.functions)) {
    const resource = name.charAt(0).toUpperCase() + name.slice(1);
    new aws.cloudwatch.MetricAlarm(`${resource}ErrorsAlarm`, {
      ...common,
      name: fn.name.apply((functionName) => `${functionName}-errors`),
      alarmDescription: `The ${name} function threw or timed out.`,
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: { FunctionName: fn.name },
      statistic: 'Sum',
      threshold: 0,
    });
  }
  new aws.cloudwatch.MetricAlarm('Api5xxAlarm', {
    ...common,
    name: physicalName(app, 'api-5xx'),
    alarmDescription: 'The HTTP API answered with server errors.',
    namespace: 'AWS/ApiGateway',
    metricName: '5xx',
    dimensions: { ApiId: targets.api.id, Stage: '$default' },
    statistic: 'Sum',
    // A single transient failure is retried by the browser or by Stripe; several are not.
    threshold: 4,
  });
  return topic;
}
