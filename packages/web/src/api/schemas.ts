import { z } from '@hono/zod-openapi';
import { ApiCurrency, ApiLocale, ApiLocalized } from './core-schemas';

/** The public JSON API's shapes, written once: they validate responses and make the OpenAPI document. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

// Core's rules restated in classic zod (core-schemas.ts), so the document cannot drift from
// what the service accepts; their examples go through zod's own `.meta()`.

export const MoneyView = z
  .object({
    amount: z.number().int().openapi({ description: 'Integer minor units', example: 2500 }),
    currency: ApiCurrency.meta({ example: 'CHF' }),
  })
  .openapi('Money');

export const OrganisationView = z
  .object({
    slug: z.string().openapi({ example: 'mpm' }),
    name: ApiLocalized,
    about: ApiLocalized,
    country: z.string().length(2),
    website: z.string().optional(),
    locales: z.array(ApiLocale),
    defaultLocale: ApiLocale,
    url: z.string().url(),
  })
  .openapi('Organisation');

export const CampaignView = z
  .object({
    organisation: z.string(),
    slug: z.string(),
    status: z.enum(['open', 'closed']),
    locales: z.array(ApiLocale),
    defaultLocale: ApiLocale,
    text: z.partialRecord(
      ApiLocale,
      z.object({
        title: z.string(),
        summary: z.string(),
        story: z.string().openapi({ description: 'Markdown' }),
      }),
    ),
    goal: MoneyView,
    raised: MoneyView.openapi({ description: 'Raised in the goal currency' }),
    percentOfGoal: z.number().int().min(0).max(100),
    totals: z
      .array(MoneyView)
      .openapi({ description: 'Raised per currency; never summed across currencies' }),
    supporters: z.number().int(),
    currencies: z.array(ApiCurrency),
    suggestedAmounts: z.record(z.string(), z.array(z.number().int())),
    coverImage: z.string().url(),
    startsAt: z.string(),
    endsAt: z.string().optional(),
    url: z.string().url(),
  })
  .openapi('Campaign');

export const OrgParams = z.object({
  org: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'org', in: 'path' }, example: 'mpm' }),
});
export const CampaignParams = OrgParams.extend({
  campaign: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'campaign', in: 'path' }, example: 'voix-aux-nations-unies' }),
});
