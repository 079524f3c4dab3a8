import { type App, physicalName } from '../platform';

/**
 * CloudFront in front of the HTTP API, through SST's Router: Brotli and gzip at the edge, and
 * caching as the app's Cache-Control says (SST's default policy caches nothing by itself:
 * default TTL 0, the origin's max-age and stale-while-revalidate honoured). No cookie and no
 * header is in the cache key; what varies with a visitor's language or identity is answered
 * `private` by the app (packages/web/src/cache-policy.ts), so the edge never shares it. Every
 * method reaches the origin (forms, webhooks), only GET and HEAD are cached.
 */
export function createCdn(app: App, api: sst.aws.ApiGatewayV2): sst.aws.Router {
  return new sst.aws.Router('Cdn', {
    routes: { '/*': api.url },
    transform: {
      cachePolicy: (args) => {
        args.name = physicalName(app, 'pages');
        args.comment = 'Pages and assets as their Cache-Control says; Brotli and gzip';
      },
    },
  });
}
