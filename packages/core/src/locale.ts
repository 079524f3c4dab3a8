import * as z from 'zod/mini';

/** The languages the service speaks. Adding one here makes the type checker ask for its messages. */
export const Locale = z.enum(['en', 'fr', 'es', 'ar']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

export const isLocale = (value: unknown): value is Locale => Locale.safeParse(value).success;

export const textDirection = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/**
 * The locale Intl formats numbers, currencies and dates with: the language in the organisation's
 * country, so Arabic for an Iraqi organisation uses Arabic-Indic digits where CLDR says so.
 */
export function intlLocale(locale: Locale, country: string | undefined): string {
  if (!country) return locale;
  const tag = `${locale}-${country.toUpperCase()}`;
  return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : locale;
}
