import Stripe from 'stripe';

/**
 * How long the service waits on Stripe. The SDK's default is 80 s per request with no retry,
 * far past the 15 s Lambda the form and the webhook run in: 2 attempts of at most 5 s, with the
 * SDK's short backoff between them, leave time to answer 503 (the donor may try again; Stripe
 * redelivers the webhook). Retries are safe: the SDK sends each with an idempotency key.
 */
export const STRIPE_TIMEOUTS = { timeout: 5_000, maxNetworkRetries: 1 };

/**
 * The real Stripe SDK. With `apiBase` (the local emulator) it talks plain HTTP to that host;
 * without it, to Stripe.
 */
export function createStripeClient(options: {
  secretKey: string;
  apiBase?: string;
  timeouts?: Partial<typeof STRIPE_TIMEOUTS>;
}): Stripe {
  const timeouts = { ...STRIPE_TIMEOUTS, ...options.timeouts };
  if (!options.apiBase) return new Stripe(options.secretKey, timeouts);
  const base = new URL(options.apiBase);
  return new Stripe(options.secretKey, {
    host: base.hostname,
    port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
    protocol: base.protocol === 'https:' ? 'https' : 'http',
    ...timeouts,
  });
}
