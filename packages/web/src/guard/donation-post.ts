import type { Campaign, DonationRequest } from '@haven/core';
import type { Context } from 'hono';
import type { AppDeps } from '../deps';
import { HONEYPOT, tokenCampaign } from './form-fields';
import { submissionKey, verifyFormToken } from './form-token';
import { guardOf } from './guard-of';
import type { Guard } from './options';
import type { Refusal } from './refusal';
import { passesTurnstile } from './turnstile';

export type CheckedPost =
  | { refused: Refusal }
  | {
      refused?: undefined;
      guard: Guard;
      nonce: string;
      ip: string | undefined;
      /** The browser's User-Agent: with the address, which visitor of a cached page posted. */
      agent: string;
    };

/**
 * The donation form's post, as the guard sees it before the gift is read: the honeypot empty,
 * the token signed for this campaign and fresh, and the challenge passed when it is on.
 */
export async function checkDonationPost(
  c: Context,
  deps: AppDeps,
  campaign: Campaign,
  fields: Record<string, string>,
): Promise<CheckedPost> {
  const guard = guardOf(deps);
  if (fields[HONEYPOT]) return { refused: 'not_a_person' };
  const nonce = verifyFormToken(
    guard.formTokenKey,
    tokenCampaign(campaign),
    fields.formToken,
    deps.now(),
  );
  if (!nonce) return { refused: 'form_expired' };
  const ip = guard.clientIp(c);
  if (guard.turnstile) {
    const answer = fields['cf-turnstile-response'];
    if (!(await passesTurnstile(guard.turnstile.secretKey, answer, ip))) {
      return { refused: 'challenge_failed' };
    }
  }
  return { guard, nonce, ip, agent: c.req.header('user-agent') ?? '' };
}

/**
 * The idempotency key of this press of Donate: its token, its address, its browser and its gift.
 * The campaign page is cached, so visitors of one copy share its token: two of them behind one
 * address (an office, a family) giving the same gift are still two gifts when their browsers
 * differ. A double click or a resubmitted page sends the same four, and reuses the pledge.
 */
export function submissionKeyFor(
  post: { guard: Guard; nonce: string; ip: string | undefined; agent: string },
  request: DonationRequest,
): string {
  const sender = JSON.stringify([post.ip ?? '', post.agent]);
  return submissionKey(post.guard.formTokenKey, post.nonce, sender, JSON.stringify(request));
}
