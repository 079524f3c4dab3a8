import type * as Aws from '@pulumi/aws';
import type { HavenFunction } from './functions';
import { type Platform, physicalName } from './platform';

/**
 * HTTP API routes. Pages are the `$default` route so any path the app knows (/, /:org,
 * /:org/:campaign, static assets) reaches it; the named routes make the JSON API, staff area
 * and health check visible here and let each be throttled or moved on its own later.
 */
export const routes = {
  http: ['GET /healthz', 'ANY /api/{proxy+}', 'ANY /staff', 'ANY /staff/{proxy+}', '$default'],
  stripeWebhook: ['POST /webhooks/stripe'],
} as const;

export function createApi(platform: Platform): Aws.apigatewayv2.Api {
  const { aws, app } = platform;
  return new aws.apigatewayv2.Api('Api', { name: physicalName(app), protocolType: 'HTTP' });
}

export function createApiRoutes(
  platform: Platform,
  api: Aws.apigatewayv2.Api,
  targets: Record<keyof typeof routes, HavenFunction>,
): Aws.apigatewayv2.Stage {
  const { aws, pulumi } = platform;
  const stage = new aws.apigatewayv2.Stage('ApiStage', {
    apiId: api.id,
    name: '$default',
    autoDeploy: true,
    // A ceiling against floods; a campaign launch is far below it.
    defaultRouteSettings: { throttlingBurstLimit: 200, throttlingRateLimit: 100 },
  });
  for (const target of ['http', 'stripeWebhook'] as const) {
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
    // The webhook function may be invoked by its one route only; the app by any.
    const sourceArn =
      target === 'stripeWebhook'
        ? pulumi.interpolate`${api.executionArn}/*/POST/webhooks/stripe`
        : pulumi.interpolate`${api.executionArn}/*`;
    new aws.lambda.Permission(`${resource}ApiPermission`, {
      action: 'lambda:InvokeFunction',
      function: fn.name,
      principal: 'apigateway.amazonaws.com',
      sourceArn,
    });
  }
  return stage;
}

/** 'ANY /staff/{proxy+}' → 'ANY-staff-proxy': a stable, URN-safe resource name. */
function routeSlug(routeKey: string): string {
  return routeKey.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
