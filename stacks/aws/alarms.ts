import {
  type App,
  type FunctionName,
  functionNames,
  physicalName,
  resourceName,
} from '../platform';

type AlarmTargets = {
  api: sst.aws.ApiGatewayV2;
  deadLetters: sst.aws.Queue;
  functions: Record<FunctionName, sst.aws.Function>;
};

/**
 * Alarms that need a person: anything in the dead-letter queue (an outbox batch, a sweep or a
 * reconciliation that gave up), any function error, and server errors the app answered itself
 * (Hono turns exceptions into 500 responses, which Lambda does not count as errors). SST has
 * no alarm component, so these are the AWS provider's resources.
 */
export function createAlarms(
  app: App,
  targets: AlarmTargets,
  alertEmail: string | undefined,
): aws.sns.Topic {
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
    dimensions: { QueueName: targets.deadLetters.nodes.queue.name },
    statistic: 'Maximum',
    threshold: 0,
  });
  for (const name of functionNames) {
    const fn = targets.functions[name];
    new aws.cloudwatch.MetricAlarm(`${resourceName(name)}ErrorsAlarm`, {
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
    dimensions: { ApiId: targets.api.nodes.api.id, Stage: '$default' },
    statistic: 'Sum',
    // A single transient failure is retried by the browser or by Stripe; several are not.
    threshold: 4,
  });
  return topic;
}
