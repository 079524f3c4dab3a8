import { type Campaign, CampaignText } from '../campaign';
import { checkGiftAmount } from '../donation';
import { ConflictError, ValidationError } from '../errors';
import { minorUnitStep } from '../money';
import type { CampaignContent, CampaignDraft } from './content';
import { completeLocales } from './translation';

/** Why a campaign cannot be shown to supporters as it stands; stable codes a page localises. */
export type PublishIssueCode =
  | 'default_locale_incomplete'
  | 'currencies_missing'
  | 'goal_missing'
  | 'goal_currency_not_accepted'
  | 'goal_step'
  | 'suggested_currency_not_accepted'
  | 'suggested_amount_invalid'
  | 'starts_missing'
  | 'ends_before_start'
  | 'ends_in_past'
  | 'cover_missing'
  | 'slug_immutable';

export type PublishIssue = { path: string; code: PublishIssueCode };

/** The fields a published campaign shows, all complete: what publishing and later edits write. */
export type PublishedContent = Pick<
  Campaign,
  | 'locales'
  | 'defaultLocale'
  | 'text'
  | 'goal'
  | 'currencies'
  | 'suggestedAmounts'
  | 'coverImage'
  | 'startsAt'
  | 'endsAt'
>;

/**
 * What supporters would see, or every reason they can't yet. The default language must be
 * complete; other languages are offered once complete, and until then simply not shown.
 * `now` is given when publishing, so a campaign that has already ended is not opened.
 */
export function checkPublishable(
  content: CampaignContent,
  now?: Date,
): { ok: true; published: PublishedContent } | { ok: false; issues: PublishIssue[] } {
  const issues: PublishIssue[] = [];
  const locales = completeLocales(content);
  if (!locales.includes(content.defaultLocale)) {
    issues.push({ path: `text.${content.defaultLocale}`, code: 'default_locale_incomplete' });
  }
  const { currencies, goal, startsAt, endsAt, coverImage } = content;
  if (currencies.length === 0) issues.push({ path: 'currencies', code: 'currencies_missing' });
  if (!goal) issues.push({ path: 'goal', code: 'goal_missing' });
  else if (!currencies.includes(goal.currency)) {
    issues.push({ path: 'goal', code: 'goal_currency_not_accepted' });
  } else if (goal.amount === 0 || goal.amount % minorUnitStep(goal.currency) !== 0) {
    issues.push({ path: 'goal', code: 'goal_step' });
  }
  for (const [currency, amounts] of Object.entries(content.suggestedAmounts)) {
    const path = `suggestedAmounts.${currency}`;
    if (!currencies.includes(currency)) {
      issues.push({ path, code: 'suggested_currency_not_accepted' });
    } else if (amounts.some((amount) => checkGiftAmount(amount, currency, currencies))) {
      // A suggested amount must be one a supporter could give: within limits, on Stripe's step.
      issues.push({ path, code: 'suggested_amount_invalid' });
    }
  }
  if (!startsAt) issues.push({ path: 'startsAt', code: 'starts_missing' });
  if (endsAt && startsAt && Date.parse(endsAt) <= Date.parse(startsAt)) {
    issues.push({ path: 'endsAt', code: 'ends_before_start' });
  } else if (endsAt && now && Date.parse(endsAt) <= now.getTime()) {
    issues.push({ path: 'endsAt', code: 'ends_in_past' });
  }
  if (!coverImage) issues.push({ path: 'coverImage', code: 'cover_missing' });
  if (issues.length > 0 || !goal || !startsAt || !coverImage) return { ok: false, issues };
  const text = Object.fromEntries(
    locales.map((locale) => [locale, CampaignText.parse(content.text[locale])]),
  );
  return {
    ok: true,
    published: {
      locales,
      defaultLocale: content.defaultLocale,
      text,
      goal,
      currencies,
      suggestedAmounts: content.suggestedAmounts,
      coverImage,
      startsAt,
      ...(endsAt ? { endsAt } : {}),
    },
  };
}

const refuse = (issues: PublishIssue[]): never => {
  throw new ValidationError(
    'the campaign cannot be published as it stands',
    issues.map(({ path, code }) => ({ path, message: code })),
  );
};

/** The campaign a draft becomes when published: open, with no gifts yet. */
export function planPublish(draft: CampaignDraft, now: Date): Campaign {
  const checked = checkPublishable(draft, now);
  if (!checked.ok) return refuse(checked.issues);
  return {
    ...checked.published,
    orgSlug: draft.orgSlug,
    slug: draft.slug,
    status: 'open',
    totals: {},
    supporters: 0,
    createdAt: draft.createdAt,
  };
}

/**
 * An edit of a published campaign: what supporters see must stay complete, and the slug never
 * changes, since links to the campaign are out in the world (emails, posts, receipts).
 */
export function planPublishedEdit(
  campaign: Pick<Campaign, 'slug' | 'status'>,
  content: CampaignContent,
): PublishedContent {
  if (campaign.status === 'draft') throw new ConflictError('a draft is edited as a draft');
  if (content.slug !== campaign.slug) {
    return refuse([{ path: 'slug', code: 'slug_immutable' }]);
  }
  const checked = checkPublishable(content);
  return checked.ok ? checked.published : refuse(checked.issues);
}

/** Closing ends the giving; only an open campaign can close, and a closed one stays closed. */
export function planClose(campaign: Pick<Campaign, 'status' | 'slug'>): 'closed' {
  if (campaign.status !== 'open') {
    throw new ConflictError(`campaign ${campaign.slug} is ${campaign.status}, not open`);
  }
  return 'closed';
}

/** The editor's view of a published campaign, so one form edits drafts and published alike. */
export const contentOf = (campaign: Campaign): CampaignContent => ({
  slug: campaign.slug,
  defaultLocale: campaign.defaultLocale,
  text: campaign.text,
  goal: campaign.goal,
  currencies: campaign.currencies,
  suggestedAmounts: campaign.suggestedAmounts,
  coverImage: campaign.coverImage,
  startsAt: campaign.startsAt,
  ...(campaign.endsAt ? { endsAt: campaign.endsAt } : {}),
});
