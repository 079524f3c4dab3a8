import * as z from 'zod/mini';
import { Locale } from './locale';
import { Currency, Money, minorUnitStep } from './money';
import { OrgSlug, Slug } from './org';

export const CampaignStatus = z.enum(['draft', 'open', 'closed']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const CampaignText = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(140)),
  summary: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Markdown, rendered without raw HTML and with unsafe links refused. */
  story: z.string().check(z.minLength(1), z.maxLength(20_000)),
  coverAlt: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type CampaignText = z.infer<typeof CampaignText>;

/** The fields of one language's text, in the order the editor shows them. */
export const CAMPAIGN_TEXT_FIELDS = z.keyof(CampaignText).options;

/** Raised money per currency: amounts are never added across currencies. */
export const Totals = z.record(z.string(), z.object({ amount: z.int().check(z.nonnegative()) }));
export type Totals = z.infer<typeof Totals>;

export const Campaign = z
  .object({
    orgSlug: OrgSlug,
    slug: Slug,
    status: CampaignStatus,
    locales: z.array(Locale).check(z.minLength(1)),
    defaultLocale: Locale,
    text: z.partialRecord(Locale, CampaignText),
    goal: Money,
    currencies: z.array(Currency).check(z.minLength(1)),
    /** Suggested gifts per currency, in minor units. */
    suggestedAmounts: z.record(
      z.string(),
      z.array(z.int().check(z.positive())).check(z.maxLength(6)),
    ),
    coverImage: z.string().check(z.minLength(1)),
    startsAt: z.iso.datetime(),
    endsAt: z.optional(z.iso.datetime()),
    totals: Totals,
    supporters: z.int().check(z.nonnegative()),
    createdAt: z.iso.datetime(),
  })
  .check(
    z.superRefine((campaign, ctx) => {
      if (!campaign.locales.includes(campaign.defaultLocale)) {
        ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'not among the locales' });
      }
      for (const locale of campaign.locales) {
        if (!campaign.text[locale]) {
          ctx.addIssue({ code: 'custom', path: ['text', locale], message: 'missing text' });
        }
      }
      if (!campaign.currencies.includes(campaign.goal.currency)) {
        ctx.addIssue({ code: 'custom', path: ['goal'], message: 'goal currency not accepted' });
      }
      for (const [currency, amounts] of Object.entries(campaign.suggestedAmounts)) {
        if (amounts.some((amount) => amount % minorUnitStep(currency) !== 0)) {
          ctx.addIssue({ code: 'custom', path: ['suggestedAmounts', currency], message: 'step' });
        }
      }
    }),
  );
export type Campaign = z.infer<typeof Campaign>;

/** Raised so far in the goal's currency, and the share of the goal (0–100, whole percent). */
export function progress(campaign: Pick<Campaign, 'goal' | 'totals'>): {
  raised: Money;
  percent: number;
} {
  const raised = campaign.totals[campaign.goal.currency]?.amount ?? 0;
  const percent =
    campaign.goal.amount > 0 ? Math.min(100, Math.floor((raised * 100) / campaign.goal.amount)) : 0;
  return { raised: { amount: raised, currency: campaign.goal.currency }, percent };
}

export const isOpen = (campaign: Pick<Campaign, 'status' | 'startsAt' | 'endsAt'>, now: Date) =>
  campaign.status === 'open' &&
  Date.parse(campaign.startsAt) <= now.getTime() &&
  (campaign.endsAt === undefined || Date.parse(campaign.endsAt) > now.getTime());
