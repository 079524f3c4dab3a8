import { createHash } from 'node:crypto';
import { appCss } from './app-css';
import { covers } from './covers';
import { faviconSvg } from './favicon';

export type Asset = { body: string; contentType: string; hash: string };

const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 10);
const asset = (body: string, contentType: string): Asset => ({
  body,
  contentType,
  hash: hashOf(body),
});

/** Every static asset by its plain name under /static/, hashed once at cold start. */
const assets = new Map<string, Asset>([
  ['app.css', asset(appCss, 'text/css; charset=utf-8')],
  ['favicon.svg', asset(faviconSvg, 'image/svg+xml')],
  ...[...covers].map(([name, svg]): [string, Asset] => [
    `covers/${name}`,
    asset(svg, 'image/svg+xml'),
  ]),
]);

const withHash = (name: string, hash: string) => name.replace(/(\.[a-z]+)$/, `.${hash}$1`);

/**
 * The URL to link an asset by: its name with its content's hash ('app.css' → '/static/app.
 * 1a2b3c4d5e.css'), so it can be cached for a year and a change is a new URL. A site-relative
 * URL of a built-in asset ('/static/covers/x.svg', as campaigns store their covers) gets the
 * same; anything else is returned as it is.
 */
export function assetUrl(nameOrUrl: string): string {
  const name = nameOrUrl.replace(/^\/static\//, '');
  const found = assets.get(name);
  return found ? `/static/${withHash(name, found.hash)}` : nameOrUrl;
}

/**
 * The asset a path under /static/ names, and whether the name carried its current hash (then
 * it may be cached as immutable). Plain names still answer, briefly cached, for links from
 * before fingerprinting; a stale hash is not found.
 */
export function findAsset(path: string): { asset: Asset; fingerprinted: boolean } | undefined {
  const plain = assets.get(path);
  if (plain) return { asset: plain, fingerprinted: false };
  const match = /^(.*)\.([0-9a-f]{10})(\.[a-z]+)$/.exec(path);
  if (!match) return undefined;
  const [, stem = '', hash, extension = ''] = match;
  const found = assets.get(`${stem}${extension}`);
  return found && found.hash === hash ? { asset: found, fingerprinted: true } : undefined;
}
