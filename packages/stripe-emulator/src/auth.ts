import { createMiddleware } from 'hono/factory';
import { StripeApiError } from './errors';
import type { AppEnv } from './http';

const MISSING =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').";

/** Bearer (what the SDK sends) or Basic with the key as user name (what curl -u sends). */
function keyFrom(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value = ''] = header.split(' ', 2);
  if (scheme?.toLowerCase() === 'bearer') return value.trim();
  if (scheme?.toLowerCase() === 'basic') {
    return Buffer.from(value, 'base64').toString('utf8').split(':')[0];
  }
  return undefined;
}

/** Any test-mode secret or restricted key is accepted; a live key is refused, never used. */
export const requireTestKey = createMiddleware<AppEnv>(async (c, next) => {
  const key = keyFrom(c.req.header('Authorization'));
  if (!key) throw new StripeApiError(401, 'invalid_request_error', MISSING);
  if (!/^(sk|rk)_test_\w+$/.test(key)) {
    throw new StripeApiError(
      401,
      'invalid_request_error',
      'Invalid API Key provided: the Haven Stripe emulator accepts only test-mode keys (sk_test_…).',
      'api_key_invalid',
    );
  }
  c.set('apiKey', key);
  await next();
});
