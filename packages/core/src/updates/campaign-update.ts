import * as z from 'zod/mini';
import { Locale } from '../locale';

/** One language's version of an update: a title and a Markdown body (rendered like stories). */
export const UpdateText = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(140)),
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000)),
});
export type UpdateText = z.infer<typeof UpdateText>;

export const UpdateId = z.string().check(z.regex(/^upd_[0-9a-z]{10,40}$/));

const count = z.int().check(z.nonnegative());

/** What happened to an update's email, per person: each figure moves once per person. */
export const UpdateEmailCounts = z.object({
  queued: z._default(count, 0),
  sent: z._default(count, 0),
  failed: z._default(count, 0),
  /** Not sent: unsubscribed, bouncing or complaining by the time their batch left. */
  suppressed: z._default(count, 0),
  bounced: z._default(count, 0),
  unsubscribed: z._default(count, 0),
});
export type UpdateEmailCounts = z.infer<typeof UpdateEmailCounts>;

/**
 * A fundraiser's news of a campaign, per language. A draft is seen by staff only; once published
 * it shows on the campaign page. Its email, if asked for, leaves at `sendAt` (now or later) to
 * every supporter who consented, each in their own language.
 */
export const CampaignUpdate = z.object({
  id: UpdateId,
  orgSlug: z.string(),
  campaignSlug: z.string(),
  text: z.partialRecord(Locale, UpdateText),
  status: z.enum(['draft', 'published']),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  publishedAt: z.optional(z.iso.datetime()),
  sendAt: z.optional(z.iso.datetime()),
  counts: z._default(UpdateEmailCounts, UpdateEmailCounts.parse({})),
});
export type CampaignUpdate = z.infer<typeof CampaignUpdate>;

/**
 * The text to show a reader of `locale`: theirs, else the campaign's default language, else any.
 * `shownIn` differs from `locale` when the page must say it is showing another language.
 */
export function pickUpdateText(
  update: Pick<CampaignUpdate, 'text'>,
  locale: Locale,
  fallback: Locale,
): { text: UpdateText; shownIn: Locale } | undefined {
  for (const candidate of [locale, fallback, ...Locale.options]) {
    const text = update.text[candidate];
    if (text) return { text, shownIn: candidate };
  }
  return undefined;
}

/** Published updates, newest first: what the campaign page lists. */
export const publishedNewestFirst = (updates: readonly CampaignUpdate[]): CampaignUpdate[] =>
  updates
    .filter((update) => update.status === 'published' && update.publishedAt)
    // Ids begin with their creation time: they order updates published in the same instant.
    .sort(
      (a, b) =>
        (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id.localeCompare(a.id),
    );
