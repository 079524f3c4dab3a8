import * as z from 'zod';
import * as zm from 'zod/mini';
import { CampaignText } from '../campaign';
import { ValidationError } from '../errors';
import { Locale } from '../locale';
import { Currency, Money } from '../money';
import { OrgSlug, Slug } from '../org';

/** One language's text as a fundraiser may have left it: any field may still be missing. */
export const DraftText = zm.partial(CampaignText);
export type DraftText = z.infer<typeof DraftText>;

/**
 * A cover image: the path the media route serves an upload under (never a URL someone typed),
 * so a page only ever shows an image that went through the upload checks; or one of the
 * service's own covers.
 */
export const CoverImage = z
  .string()
  .regex(
    /^\/(?:media\/covers\/[a-z0-9][a-z0-9-]{1,62}[a-z0-9]\/[A-Za-z0-9_-]{32}\.(?:jpg|png|webp)|static\/covers\/[a-z0-9-]+\.svg)$/,
  );

/**
 * A campaign as its editor holds it: everything a fundraiser writes, complete or not. A draft
 * may be saved in any state of this; publishing asks more of it (publish.ts).
 */
export const CampaignContent = z.object({
  slug: Slug,
  defaultLocale: Locale,
  text: z.partialRecord(Locale, DraftText),
  goal: z.optional(Money),
  currencies: z.array(Currency).max(10),
  /** Suggested gifts per currency, in minor units. */
  suggestedAmounts: z.record(z.string(), z.array(z.number().int().positive()).max(6)),
  startsAt: z.iso.datetime().optional(),
  endsAt: z.iso.datetime().optional(),
  coverImage: CoverImage.optional(),
});
export type CampaignContent = z.infer<typeof CampaignContent>;

/** A campaign that was never published: stored apart from published ones, never public. */
export const CampaignDraft = CampaignContent.extend({
  orgSlug: OrgSlug,
  status: z.literal('draft'),
  /** Bumped by every write; an edit names the version it started from (lost-update check). */
  version: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CampaignDraft = z.infer<typeof CampaignDraft>;

/**
 * An uploaded cover is stored under its organisation's name: a campaign may only show one of
 * its own organisation's uploads, even if it learnt another's path.
 */
export function checkCoverOwner(content: Pick<CampaignContent, 'coverImage'>, orgSlug: string) {
  const cover = content.coverImage;
  if (cover?.startsWith('/media/') && !cover.startsWith(`/media/covers/${orgSlug}/`)) {
    throw new ValidationError('the cover belongs to another organisation', [
      { path: 'coverImage', message: 'cover_not_found' },
    ]);
  }
}
