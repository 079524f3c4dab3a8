import { CAMPAIGN_TEXT_FIELDS, CampaignText } from '../campaign';
import { LOCALES, type Locale } from '../locale';
import type { CampaignContent } from './content';

export type TranslationState = 'complete' | 'incomplete' | 'missing';

export type TranslationStatus = {
  locale: Locale;
  state: TranslationState;
  /** The fields still to write (or too long) in this language. */
  fields: (keyof CampaignText)[];
};

/**
 * Where each language stands: complete when every field is written and valid, missing when
 * nothing is, incomplete in between. Only complete languages are offered to supporters.
 */
export function translationStatus(content: Pick<CampaignContent, 'text'>): TranslationStatus[] {
  return LOCALES.map((locale) => {
    const text = content.text[locale];
    if (!text || CAMPAIGN_TEXT_FIELDS.every((field) => !text[field])) {
      return { locale, state: 'missing', fields: [...CAMPAIGN_TEXT_FIELDS] };
    }
    const parsed = CampaignText.safeParse(text);
    const fields = parsed.success
      ? []
      : [...new Set(parsed.error.issues.map((issue) => issue.path[0]))].filter(isField);
    return { locale, state: fields.length === 0 ? 'complete' : 'incomplete', fields };
  });
}

const isField = (value: unknown): value is keyof CampaignText =>
  CAMPAIGN_TEXT_FIELDS.some((field) => field === value);

export const completeLocales = (content: Pick<CampaignContent, 'text'>): Locale[] =>
  translationStatus(content)
    .filter((status) => status.state === 'complete')
    .map((status) => status.locale);
