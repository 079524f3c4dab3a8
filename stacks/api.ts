import { STAFF_PREFIXES } from '../packages/web/src/parts/prefixes';

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
  http: ['GET /healthz', '$default'],
  // The staff pages (and any other signed-in area) have their own function: passkeys, sharp,
  // the editors and charts stay out of the page function's cold start. The split is
  // STAFF_PREFIXES (packages/web/src/parts/prefixes.ts): a prefix added there is routed here.
  staff: STAFF_PREFIXES.flatMap((prefix) => [`ANY ${prefix}`, `ANY ${prefix}/{proxy+}`]),
  // The JSON API has its own function: its OpenAPI machinery (zod-openapi, all of zod) stays
  // out of the page function's cold start.
  jsonApi: ['ANY /api/{proxy+}'],
  payments: [
    'POST /{lang}/{org}/{campaign}/donate',
    'GET /{lang}/{org}/{campaign}/thanks',
    'POST /api/donations',
    // The owner's Stripe onboarding calls Stripe: the staff routes that do run here.
    'POST /staff/stripe/connect',
    'GET /staff/stripe/return',
    // The donor space changes monthly gifts (and cancels them before an erasure) at Stripe.
    'ANY /{lang}/donor',
    'ANY /{lang}/donor/{proxy+}',
  ],
  stripeWebhook: ['POST /webhooks/stripe', 'POST /webhooks/stripe-connect'],
} as const;
export type RoutedFunction = keyof typeof routes;
export const routed: readonly RoutedFunction[] = [
  'http',
  'staff',
  'jsonApi',
  'payments',
  'stripeWebhook',
];

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
export function routeSlug(routeKey: string): string {
  return routeKey.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
