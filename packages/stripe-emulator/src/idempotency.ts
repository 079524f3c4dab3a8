import { createMiddleware } from 'hono/factory';
import { StripeApiError } from './errors';
import type { AppEnv } from './http';
import type { Store } from './store';

/**
 * Stripe's Idempotency-Key on POST: the first successful result is kept per key (and API key);
 * the same key with the same method, path and body replays it with `Idempotent-Replayed: true`;
 * with anything else it is a 400 `idempotency_error`. Like Stripe, a request that failed
 * validation saves nothing, so it can be corrected and retried with the same key.
 */
export const idempotency = (store: Store) => {
  const inProgress = new Set<string>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = c.req.header('Idempotency-Key');
    if (c.req.method !== 'POST' || !key) return next();
    // Stripe keeps keys per account: the same key sent as two connected accounts is two requests.
    const scope = `${c.get('apiKey')}\u0000${c.get('account') ?? ''}\u0000${key}`;
    const fingerprint = `${c.req.method} ${c.req.path}\n${await c.req.text()}`;
    const prior = store.idempotency.get(scope);
    if (prior) {
      if (prior.fingerprint !== fingerprint) {
        throw new StripeApiError(
          400,
          'idempotency_error',
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        );
      }
      return new Response(prior.body, {
        status: prior.status,
        headers: {
          'Content-Type': 'application/json',
          'Idempotent-Replayed': 'true',
          'Original-Request': prior.requestId,
          'Request-Id': c.get('requestId'),
        },
      });
    }
    if (inProgress.has(scope)) {
      throw new StripeApiError(
        409,
        'idempotency_error',
        'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through).',
        'idempotency_key_in_use',
      );
    }
    inProgress.add(scope);
    try {
      await next();
      if (c.res.status >= 200 && c.res.status < 300) {
        const body = await c.res.clone().text();
        store.idempotency.set(scope, {
          fingerprint,
          status: c.res.status,
          body,
          requestId: c.get('requestId'),
        });
      }
    } finally {
      inProgress.delete(scope);
    }
  });
};
