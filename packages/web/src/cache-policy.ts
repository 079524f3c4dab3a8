/** How long the CDN may serve a public page or public JSON, and serve it stale after. */
export const PUBLIC_MAX_AGE = 60;
export const PUBLIC_STALE_WHILE_REVALIDATE = 300;

/**
 * The CDN keeps a public page a minute (`s-maxage`); a browser asks again each time
 * (`max-age=0`), which through the CDN costs a round trip to the edge, so a donor back on the
 * campaign page sees the new total as soon as the edge does.
 */
export const PUBLIC = `public, max-age=0, s-maxage=${PUBLIC_MAX_AGE}, stale-while-revalidate=${PUBLIC_STALE_WHILE_REVALIDATE}`;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const PERSONAL = 'private, no-store';
/**
 * An answer in the language Accept-Language chose. CloudFront ignores Vary (but for
 * Accept-Encoding), so the edge must not keep it; the visitor's browser may, briefly.
 */
export const NEGOTIATED = `private, max-age=${PUBLIC_MAX_AGE}`;

/**
 * Paths whose answers are someone's own (the thank-you page names a gift, the donation form's
 * answer carries a Checkout session, staff and donor areas, the dev mailbox): never stored by a
 * browser's shared cache or the CDN, whatever their status.
 */
const personalPaths = [
  /^\/staff(\/|$)/,
  /^\/account(\/|$)/,
  /^\/[a-z]{2}\/donor(\/|$)/,
  /^\/dev(\/|$)/,
  /^\/api\/donations(\/|$)/,
  /^\/webhooks\//,
  /\/(thanks|donate)\/?$/,
];

export type CacheInput = {
  method: string;
  path: string;
  status: number;
  /** The answer sets a cookie: whatever it is, it is someone's. */
  setsCookie: boolean;
  /** The answer varies with Accept-Language (the path does not name the language). */
  negotiated: boolean;
};

/**
 * The Cache-Control an answer gets when its route set none. (Vary: Accept-Language is set where
 * the language is negotiated, by routes/campaign-context.ts's chooseLocale.)
 */
export function cachePolicy(input: CacheInput): string {
  const { method, path, status, setsCookie, negotiated } = input;
  if (setsCookie || personalPaths.some((pattern) => pattern.test(path))) return PERSONAL;
  const read = method === 'GET' || method === 'HEAD';
  const cacheable = read && (status < 300 || status === 404);
  const redirect = read && (status === 301 || status === 302 || status === 308);
  if (!cacheable && !redirect) return 'no-store';
  return negotiated ? NEGOTIATED : PUBLIC;
}
