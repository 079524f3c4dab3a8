import * as z from 'zod/mini';
import { Locale } from '../locale';

/**
 * Where consent to a campaign's updates was given: the campaign, the form it was ticked on (the
 * donation form, or the JSON API's field of the same name) and the pledge that carried it, so a
 * regulator's "show me the consent" has an answer.
 */
export const UpdatesConsent = z.object({
  at: z.iso.datetime(),
  campaignSlug: z.string(),
  form: z.literal('donation'),
  pledgeId: z.string(),
});
export type UpdatesConsent = z.infer<typeof UpdatesConsent>;

/**
 * What a paid gift writes about the person who gave it: their organisation-wide record (language,
 * first and latest gift) and their mark on the campaign (counted once, consent if given). The
 * address is carried in clear for the record only; the adapter keys both by its hash.
 */
export type SupporterWrites = {
  orgSlug: string;
  campaignSlug: string;
  email: string;
  /** The language they gave in: the one their updates are sent in. */
  locale: Locale;
  pledgeId: string;
  giftAt: string;
  /** Present only when this gift ticked the box: an unticked box withdraws nothing. */
  consent?: UpdatesConsent;
};

/** A campaign's supporter, as its updates' sender reads it from the campaign's subscriber list. */
export const CampaignSupporter = z.object({
  orgSlug: z.string(),
  campaignSlug: z.string(),
  emailKey: z.string(),
  email: z.string(),
  locale: Locale,
  firstGiftAt: z.iso.datetime(),
  latestGiftAt: z.iso.datetime(),
  consent: z.optional(UpdatesConsent),
  unsubscribedAt: z.optional(z.iso.datetime()),
});
export type CampaignSupporter = z.infer<typeof CampaignSupporter>;
