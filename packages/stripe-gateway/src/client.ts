import Stripe from 'stripe';

/**
 * The real Stripe SDK. With `apiBase` (the local emulator) it talks plain HTTP to that host;
 * without it, to Stripe. Retries are the SDK's own, with its idempotency keys.
 */
export function createStripeClient(options: { secretKey: string; apiBase?: string }): Stripe {
  if (!options.apiBase) return new Stripe(options.secretKey, { maxNetworkRetries: 2 });
  const base = new URL(options.apiBase);
  return new Stripe(options.secretKey, {
    host: base.hostname,
    port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
    protocol: base.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 2,
  });
}
