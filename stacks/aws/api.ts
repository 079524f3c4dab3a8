import { routeSlug, routeSourcePath, routes } from '../api';
import { type App, physicalName, resourceName } from '../platform';

/**
 * What API Gateway writes per request: enough to find a request and its latency, no caller IP
 * or user agent (SST's default format has both; they are personal data and stay out of logs).
 */
const accessLogFormat = JSON.stringify({
  requestTime: '"$context.requestTime"',
  requestId: '"$context.requestId"',
  httpMethod: '"$context.httpMethod"',
  path: '"$context.path"',
  routeKey: '"$context.routeKey"',
  status: '$context.status',
  responseLatency: '$context.responseLatency',
  integrationStatus: '"$context.integration.status"',
  integrationLatency: '"$context.integration.latency"',
});

/** The HTTP API (SST's ApiGatewayV2: API, `$default` stage, access log), no CORS. */
export function createApi(app: App): sst.aws.ApiGatewayV2 {
  return new sst.aws.ApiGatewayV2('Api', {
    // Pages and the API are served from one origin; no browser calls it from another.
    cors: false,
    transform: {
      api: { name: physicalName(app) },
      stage: (args) => {
        // A ceiling against floods; a campaign launch is far below it.
        args.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };
        const destinationArn = $output(args.accessLogSettings).apply((settings) => {
          if (!settings) throw new Error('SST no longer gives the API stage an access log');
          return settings.destinationArn;
        });
        args.accessLogSettings = { destinationArn, format: accessLogFormat };
      },
    },
  });
}

/**
 * The page-serving function's routes, through the component: each route's permission lets
 * this API invoke the function from any route, which is what the app behind `$default` needs.
 */
export function routeApp(api: sst.aws.ApiGatewayV2, fn: sst.aws.Function): void {
  for (const routeKey of routes.http) api.route(routeKey, fn.arn);
}

/**
 * The staff, JSON API and Stripe-bound routes stay raw resources on the component's API:
 * `api.route()` grants API Gateway `execute-api:<api>/*`, so any route of the API could invoke
 * payments or the webhook. Each permission here names its own route (method and path), as before.
 */
export function routeOwnFunction(
  api: sst.aws.ApiGatewayV2,
  target: 'staff' | 'jsonApi' | 'payments' | 'stripeWebhook',
  fn: sst.aws.Function,
): void {
  const resource = resourceName(target);
  const { id: apiId, executionArn } = api.nodes.api;
  const integration = new aws.apigatewayv2.Integration(`${resource}Integration`, {
    apiId,
    integrationType: 'AWS_PROXY',
    integrationUri: fn.arn,
    payloadFormatVersion: '2.0',
  });
  const keys: readonly string[] = routes[target];
  for (const routeKey of keys) {
    new aws.apigatewayv2.Route(`${resource}Route-${routeSlug(routeKey)}`, {
      apiId,
      routeKey,
      target: $interpolate`integrations/${integration.id}`,
    });
    new aws.lambda.Permission(
      `${resource}ApiPermission${keys.length === 1 ? '' : `-${routeSlug(routeKey)}`}`,
      {
        action: 'lambda:InvokeFunction',
        function: fn.name,
        principal: 'apigateway.amazonaws.com',
        sourceArn: $interpolate`${executionArn}/${routeSourcePath(routeKey)}`,
      },
    );
  }
}
