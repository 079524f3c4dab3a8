import type { Campaign } from '@haven/core';
import type { AppDeps } from '../deps';
import type { Messages } from '../i18n';
import { issueFormToken } from './form-token';
import { guardOf } from './guard-of';

/** What the donation form carries for the guard: its signed token and, if on, the challenge. */
export type FormGuard = { token: string; turnstileSiteKey?: string };

/** The campaign a form token is bound to. */
export const tokenCampaign = (campaign: Pick<Campaign, 'orgSlug' | 'slug'>): string =>
  `${campaign.orgSlug}/${campaign.slug}`;

export function formGuardFor(deps: AppDeps, campaign: Campaign): FormGuard {
  const guard = guardOf(deps);
  return {
    token: issueFormToken(guard.formTokenKey, tokenCampaign(campaign), deps.now()),
    turnstileSiteKey: guard.turnstile?.siteKey,
  };
}

/** The honeypot's name: a field people never see, which form-filling bots fill in. */
export const HONEYPOT = 'website';

/**
 * The form's hidden guard fields. The honeypot sits in a `hidden` block (no CSS needed, and
 * screen readers skip it too); the challenge's widget appears only when Turnstile is configured.
 */
export function FormGuardFields({ guard, t }: { guard: FormGuard; t: Messages }) {
  return (
    <>
      <input type="hidden" name="formToken" value={guard.token} />
      <div hidden aria-hidden="true">
        <label>
          {t.guard.honeypot}
          <input type="text" name={HONEYPOT} value="" tabindex={-1} autocomplete="off" />
        </label>
      </div>
      {guard.turnstileSiteKey && (
        <>
          <div class="cf-turnstile" data-sitekey={guard.turnstileSiteKey} />
          <script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async defer />
        </>
      )}
    </>
  );
}
