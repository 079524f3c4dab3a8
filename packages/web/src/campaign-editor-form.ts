import {
  CAMPAIGN_TEXT_FIELDS,
  type CampaignContent,
  CoverImage,
  Currency,
  LOCALES,
  Locale,
  minorUnitStep,
  parseMajorUnits,
  Slug,
} from '@haven/core';
import * as z from 'zod';

/** Why a field of the campaign editor was refused: stable codes the staff pages localise. */
export type CampaignFieldError =
  | 'required'
  | 'too_long'
  | 'invalid'
  | 'slug_invalid'
  | 'amount_invalid'
  | 'amount_step'
  | 'currency_invalid'
  | 'date_invalid';

/** Field name (as posted: `title.fr`, `suggested.CHF`, `goalAmount`…) to its error. */
export type CampaignFormErrors = Record<string, CampaignFieldError>;

export type CampaignFormResult =
  | { ok: true; content: CampaignContent }
  | { ok: false; errors: CampaignFormErrors };

/** What a browser posts: one string per field, or several for repeated names (checkboxes). */
export type PostedForm = Record<string, string | File | (string | File)[]>;

const MAX_LENGTH: Record<(typeof CAMPAIGN_TEXT_FIELDS)[number], number> = {
  title: 140,
  summary: 300,
  story: 20_000,
  coverAlt: 200,
};

/** An optional text field: blank is absent (a draft may leave anything unwritten). */
const blankIsAbsent = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));
const ISO_DAY = z.iso.date();

/**
 * The campaign editor's form, as the browser posts it, into the editor's content: every field
 * may be blank (a draft), but what is written must be valid. Amounts are typed in major units
 * in the staff member's locale ("25,50", "٢٥") and become minor units on the currency's step;
 * dates are calendar days, in UTC: a campaign starts at 00:00 on its first day and ends at the
 * end of its last (stored as 00:00 the next day).
 */
export function parseCampaignForm(form: PostedForm, intlLocale: string): CampaignFormResult {
  const errors: CampaignFormErrors = {};
  const one = (name: string): string | undefined => {
    const value = form[name];
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : undefined;
  };
  // Amounts are split on spaces and semicolons only: a comma may be the decimal separator.
  const many = (name: string, separators: RegExp): string[] => {
    const value = form[name];
    const all = Array.isArray(value) ? value : [value];
    return all.flatMap((v) => (typeof v === 'string' ? v.split(separators) : [])).filter(Boolean);
  };
  const field = <T>(name: string, schema: z.core.$ZodType<T>, code: CampaignFieldError) => {
    const parsed = z.safeParse(schema, blankIsAbsent.parse(one(name)));
    if (parsed.success) return parsed.data;
    errors[name] = code;
    return undefined;
  };

  const slug = field('slug', Slug, 'slug_invalid');
  if (!one('slug')?.trim()) errors.slug = 'required';
  const defaultLocale = field('defaultLocale', Locale, 'invalid');
  if (!one('defaultLocale')?.trim()) errors.defaultLocale = 'required';

  const text: CampaignContent['text'] = {};
  for (const locale of LOCALES) {
    const entries = CAMPAIGN_TEXT_FIELDS.flatMap((name) => {
      const value = blankIsAbsent.parse(one(`${name}.${locale}`));
      if (value === undefined) return [];
      if (value.length > MAX_LENGTH[name]) {
        errors[`${name}.${locale}`] = 'too_long';
        return [];
      }
      return [[name, value] as const];
    });
    if (entries.length > 0) text[locale] = Object.fromEntries(entries);
  }

  const currencies: string[] = [];
  for (const code of many('currencies', /[\s,;]+/)) {
    const parsed = Currency.safeParse(code);
    if (parsed.success && !currencies.includes(parsed.data)) currencies.push(parsed.data);
    else if (!parsed.success) errors.currencies = 'currency_invalid';
  }

  const amount = (name: string, raw: string, currency: string): number | undefined => {
    const minor = parseMajorUnits(raw, currency, intlLocale);
    if (minor === undefined || minor <= 0) errors[name] = 'amount_invalid';
    else if (minor % minorUnitStep(currency) !== 0) errors[name] = 'amount_step';
    else return minor;
    return undefined;
  };

  const goalCurrency = field('goalCurrency', z.optional(Currency), 'currency_invalid');
  const goalRaw = blankIsAbsent.parse(one('goalAmount'));
  let goal: CampaignContent['goal'];
  if (goalRaw && !goalCurrency) errors.goalCurrency = 'required';
  if (goalRaw && goalCurrency) {
    const minor = amount('goalAmount', goalRaw, goalCurrency);
    if (minor !== undefined) goal = { amount: minor, currency: goalCurrency };
  }

  const suggestedAmounts: CampaignContent['suggestedAmounts'] = {};
  for (const currency of currencies) {
    const name = `suggested.${currency}`;
    const values = many(name, /[\s;]+/);
    if (values.length > 6) errors[name] = 'too_long';
    const amounts = values.slice(0, 6).map((raw) => amount(name, raw, currency));
    const valid = amounts.filter((value): value is number => value !== undefined);
    if (valid.length > 0 && valid.length === amounts.length) suggestedAmounts[currency] = valid;
  }

  const startsOn = field('startsOn', ISO_DAY.optional(), 'date_invalid');
  const endsOn = field('endsOn', ISO_DAY.optional(), 'date_invalid');
  const coverImage = field('coverImage', CoverImage.optional(), 'invalid');

  if (Object.keys(errors).length > 0 || !slug || !defaultLocale) return { ok: false, errors };
  return {
    ok: true,
    content: {
      slug,
      defaultLocale,
      text,
      ...(goal ? { goal } : {}),
      currencies,
      suggestedAmounts,
      ...(startsOn ? { startsAt: `${startsOn}T00:00:00.000Z` } : {}),
      ...(endsOn ? { endsAt: nextDay(endsOn) } : {}),
      ...(coverImage ? { coverImage } : {}),
    },
  };
}

const nextDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
