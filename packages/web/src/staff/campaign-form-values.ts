import {
  CAMPAIGN_TEXT_FIELDS,
  type CampaignContent,
  LOCALES,
  type Money,
  minorUnitExponent,
} from '@haven/core';
import type { PostedForm } from '../campaign-editor-form';

/** The campaign editor's fields as strings, by the names `parseCampaignForm` reads. */
export type CampaignFormValues = Record<string, string>;

/** An amount as a person would type it in their locale, without grouping: "25,5", "1000". */
const typed = (money: Money, intlLocale: string) =>
  new Intl.NumberFormat(intlLocale, {
    useGrouping: false,
    maximumFractionDigits: minorUnitExponent(money.currency),
    numberingSystem: 'latn',
  }).format(money.amount / 10 ** minorUnitExponent(money.currency));

const day = (iso: string) => iso.slice(0, 10);
/** An end is stored as 00:00 after the last day; the form shows the last day. */
const lastDay = (iso: string) => day(new Date(Date.parse(iso) - 86_400_000).toISOString());

/** What the editor shows for saved content. */
export function valuesOfContent(content: CampaignContent, intlLocale: string): CampaignFormValues {
  const values: CampaignFormValues = {
    slug: content.slug,
    defaultLocale: content.defaultLocale,
    currencies: content.currencies.join(' '),
  };
  for (const locale of LOCALES) {
    for (const field of CAMPAIGN_TEXT_FIELDS) {
      const value = content.text[locale]?.[field];
      if (value) values[`${field}.${locale}`] = value;
    }
  }
  if (content.goal) {
    values.goalAmount = typed(content.goal, intlLocale);
    values.goalCurrency = content.goal.currency;
  }
  for (const [currency, amounts] of Object.entries(content.suggestedAmounts)) {
    values[`suggested.${currency}`] = amounts
      .map((amount) => typed({ amount, currency }, intlLocale))
      .join(' ');
  }
  if (content.startsAt) values.startsOn = day(content.startsAt);
  if (content.endsAt) values.endsOn = lastDay(content.endsAt);
  if (content.coverImage) values.coverImage = content.coverImage;
  return values;
}

/** What the browser posted, shown again beside the errors (text fields only, never files). */
export const valuesOfPost = (form: PostedForm): CampaignFormValues =>
  Object.fromEntries(
    Object.entries(form).flatMap(([name, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return typeof first === 'string' && name !== '_csrf' ? [[name, first]] : [];
    }),
  );
