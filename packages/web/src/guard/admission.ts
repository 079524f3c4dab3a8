import { createHmac } from 'node:crypto';
import { hitRateLimit } from '@haven/db';
import type { AppDeps } from '../deps';
import type { Guard } from './options';
import type { Refusal } from './refusal';

/** An address as a rate limit's subject: keyed and shortened, so the table never holds it. */
export const ipSubject = (guard: Guard, ip: string): string =>
  createHmac('sha256', guard.formTokenKey).update(`ip|${ip}`).digest('base64url').slice(0, 22);

/**
 * Whether one more Checkout session may be opened for this campaign from this address, counted
 * in DynamoDB so the limits hold across Lambda instances. The burst window comes first: when a
 * campaign suddenly sees many starts (what card testers look like), every donor waits a little.
 * An unknown address (no proxy header, as under `npm start`) is limited per campaign only.
 */
export async function admitCheckout(
  deps: AppDeps,
  guard: Guard,
  input: { org: string; campaign: string; ip: string | undefined },
): Promise<{ refusal: Refusal; retryAfter: number } | undefined> {
  const now = deps.now();
  const campaign = `${input.org}/${input.campaign}`;
  const { burst, perIp, perCampaign } = guard.limits;
  const checks: { scope: string; subject: string; limit: typeof burst; refusal: Refusal }[] = [
    { scope: 'burst', subject: campaign, limit: burst, refusal: 'busy' },
    ...(input.ip
      ? [
          {
            scope: 'ip',
            subject: ipSubject(guard, input.ip),
            limit: perIp,
            refusal: 'rate_limited' as const,
          },
        ]
      : []),
    { scope: 'campaign', subject: campaign, limit: perCampaign, refusal: 'busy' },
  ];
  for (const check of checks) {
    const hit = await hitRateLimit(deps.db, {
      scope: check.scope,
      subject: check.subject,
      max: check.limit.max,
      windowSeconds: check.limit.windowSeconds,
      now,
    });
    if (!hit.allowed) return { refusal: check.refusal, retryAfter: hit.retryAfterSeconds };
  }
  return undefined;
}
