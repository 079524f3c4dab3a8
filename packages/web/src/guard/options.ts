import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { clientIpFromHeaders } from './client-ip';

/** A fixed-window limit: at most `max` in each window of `windowSeconds`. */
export type Limit = { max: number; windowSeconds: number };

export type Limits = {
  /** Checkout sessions one address may open. */
  perIp: Limit;
  /** Checkout sessions one campaign may open: a ceiling no real campaign meets. */
  perCampaign: Limit;
  /** Past this many starts in a short window a campaign is in a burst: new starts wait. */
  burst: Limit;
};

export const DEFAULT_LIMITS: Limits = {
  perIp: { max: 10, windowSeconds: 600 },
  perCampaign: { max: 600, windowSeconds: 600 },
  burst: { max: 120, windowSeconds: 60 },
};

/** The defences of the public donation routes; see the README's "Security". */
export type GuardOptions = {
  /** Signs the donation form's token. Every function serving the form must share it. */
  formTokenKey?: string;
  /** Cloudflare Turnstile; off when unset. */
  turnstile?: { siteKey: string; secretKey: string };
  limits?: Partial<Limits>;
  /** The visitor's address; by default the last hop of X-Forwarded-For (API Gateway's). */
  clientIp?: (c: Context) => string | undefined;
};

export type Guard = {
  formTokenKey: string;
  turnstile: { siteKey: string; secretKey: string } | undefined;
  limits: Limits;
  clientIp: (c: Context) => string | undefined;
};

/**
 * The guard with its defaults. Without a configured key the form is signed with a key of this
 * process: right for `npm start` and tests, where one process serves the page and takes the post.
 */
export function resolveGuard(options: GuardOptions = {}): Guard {
  return {
    formTokenKey: options.formTokenKey ?? randomBytes(32).toString('base64url'),
    turnstile: options.turnstile,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    clientIp: options.clientIp ?? clientIpFromHeaders,
  };
}
