import * as z from 'zod';
import { Locale } from './locale';
import { Currency, Money, minorUnitStep } from './money';
import { OrgSlug, Slug } from './org';

export const CampaignStatus = z.enum(['draft', 'open', 'closed']);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const CampaignText = z.object({
  title: z.string().min(1).max(140),
  summary: z.string().min(1).max(300),
  /** Markdown, rendered without raw HTML and with unsafe links refused. */
  story: z.string().min(1).max(20_000),
  coverAlt: z.string().min(1).max(200),
});
export type CampaignText = z.infer<typeof CampaignText>;

/** Raised money per currency: amounts are never added across currencies. */
export const Totals = z.record(z.string(), z.object({ amount: z.number().int().nonnegative() }));
export type Totals = z.infer<typeof Totals>;

export const Campaign = z
  .object({
    orgSlug: OrgSlug,
    slug: Slug,
    status: CampaignStatus,
    locales: z.array(Locale).min(1),
    defaultLocale: Locale,
    text: z.partialRecord(Locale, CampaignText),
    goal: Money,
    currencies: z.array(Currency).min(1),
    /** Suggested gifts per currency, in minor units. */
    suggestedAmounts: z.record(z.string(), z.array(z.number().int().positive()).max(6)),
    coverImage: z.string().min(1),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime().optional(),
    totals: Totals,
    supporters: z.number().int().nonnegative(),
    createdAt: z.iso.datetime(),
  })
  .superRefine((campaign, ctx) => {
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
  });
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
