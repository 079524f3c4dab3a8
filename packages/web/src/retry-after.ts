/**
 * What a 503 asks a client to wait, in seconds: long enough for a throttle, a failover or a
 * contended item to pass. Stripe retries a webhook on any 5xx on its own schedule.
 */
export const RETRY_AFTER_SECONDS = '5';
