import type * as Aws from '@pulumi/aws';
import type { HavenFunction } from './functions';
import { type Platform, physicalName } from './platform';

/**
 * HTTP API routes. Pages are the `$default` route so any path the app knows (/, /:org,
 * /:org/:campaign, static assets) reaches it; the named routes make the JSON API, staff area
 * and health check visible here and let each be throttled or moved on its own later.
 *
 * The routes that talk to Stripe go to their own function, so the page function never loads
 * the Stripe SDK or holds its key. API Gateway sends a request to the most specific route that
 * matches: an exact path or one with (non-greedy) path variables first, then a greedy
 * `{proxy+}`, then `$default`. So `POST /api/donations` wins over `ANY /api/{proxy+}`, and the
 * donate/thanks routes win over `$default`. (A path variable cannot be constrained, so e.g.
 * `POST /api/x/y/donate` would reach payments too; it serves the same app and answers 404.)
 */
export const routes = {
  http: ['GET /healthz', 'ANY /api/{proxy+}', 'ANY /staff', 'ANY /staff/{proxy+}', '$default'],
  payments: [
    'POST /{lang}/{org}/{campaign}/donate',
    'GET /{lang}/{org}/{campaign}/thanks',
    'POST /api/donations',
  ],
  stripeWebhook: ['POST /webhooks/stripe'],
} as const;
export type RoutedFunction = keyof typeof routes;
const routed: readonly RoutedFunction[] = ['http', 'payments', 'stripeWebhook'];

export function createApi(platform: Platform): Aws.apigatewayv2.Api {
  const { aws, app } = platform;
  return new aws.apigatewayv2.Api('Api', { name: physicalName(app), protocolType: 'HTTP' });
}

export function createApiRoutes(
  platform: Platform,
  api: Aws.apigatewayv2.Api,
  targets: Record<RoutedFunction, HavenFunction>,
): Aws.apigatewayv2.Stage {
  const { aws, pulumi } = platform;
  const stage = new aws.apigatewayv2.Stage('ApiStage', {
    apiId: api.id,
    name: '$default',
    autoDeploy: true,
    // A ceiling against floods; a campaign launch is far below it.
    defaultRouteSettings: { throttlingBurstLimit: 200, throttlingRateLimit: 100 },
  });
  for (const target of routed) {
    const { fn } = targets[target];
    const resource = target.charAt(0).toUpperCase() + target.slice(1);
    const integration = new aws.apigatewayv2.Integration(`${resource}Integration`, {
      apiId: api.id,
      integrationType: 'AWS_PROXY',
      integrationUri: fn.arn,
      payloadFormatVersion: '2.0',
    });
    for (const routeKey of routes[target]) {
      new aws.apigatewayv2.Route(`${resource}Route-${routeSlug(routeKey)}`, {
        apiId: api.id,
        routeKey,
        target: pulumi.interpolate`integrations/${integration.id}`,
      });
    }
    // The app (behind `$default`) may be invoked by any route; every other function only by
    // its own routes.
    const keys: readonly string[] = routes[target];
    const sources: [string, string][] = keys.includes('$default')
      ? [['', '*']]
      : keys.map((key) => [keys.length === 1 ? '' : `-${routeSlug(key)}`, routeSourcePath(key)]);
    for (const [suffix, path] of sources) {
      new aws.lambda.Permission(`${resource}ApiPermission${suffix}`, {
        action: 'lambda:InvokeFunction',
        function: fn.name,
        principal: 'apigateway.amazonaws.com',
        sourceArn: pulumi.interpolate`${api.executionArn}/${path}`,
      });
    }
  }
  return stage;
}

/**
 * The part of the execute-api ARN after the API id (stage, method, path) that one route's
 * requests carry, any stage and each path variable a wildcard: 'POST /api/donations' gives
 * '(any stage)/POST/api/donations'.
 */
export function routeSourcePath(routeKey: string): string {
  const [method = '', path = ''] = routeKey.split(' ');
  const arnMethod = method === 'ANY' ? '*' : method;
  return `*/${arnMethod}${path.replace(/\{[^}]+\}/g, '*')}`;
}

/** 'ANY /staff/{proxy+}' → 'ANY-staff-proxy': a stable, URN-safe resource name. */
function routeSlug(routeKey: string): string {
  return routeKey.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
