import * as z from 'zod';

/** The languages the service speaks. Adding one here makes the type checker ask for its messages. */
export const Locale = z.enum(['en', 'fr', 'es', 'ar']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

export const isLocale = (value: unknown): value is Locale => Locale.safeParse(value).success;

export const textDirection = (locale: Locale): 'rtl' | 'ltr' => (locale === 'ar' ? 'rtl' : 'ltr');

/**
 * Picks the page language: the one named in the URL when the page offers it, else the best
 * Accept-Language match among the offered ones (by q-value, then order), else the fallback.
 */
export function negotiateLocale(options: {
  requested?: string | undefined;
  acceptLanguage?: string | undefined;
  offered: readonly Locale[];
  fallback: Locale;
}): Locale {
  const { requested, acceptLanguage, offered, fallback } = options;
  if (requested && isLocale(requested) && offered.includes(requested)) return requested;
  for (const tag of parseAcceptLanguage(acceptLanguage ?? '')) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLocale(base) && offered.includes(base)) return base;
  }
  return offered.includes(fallback) ? fallback : (offered[0] ?? fallback);
}

/** Language tags from an Accept-Language header, best first; q=0 means "not this one". */
export function parseAcceptLanguage(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The locale Intl formats numbers, currencies and dates with: the language in the organisation's
 * country, so Arabic for an Iraqi organisation uses Arabic-Indic digits where CLDR says so.
 */
export function intlLocale(locale: Locale, country: string | undefined): string {
  if (!country) return locale;
  const tag = `${locale}-${country.toUpperCase()}`;
  return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : locale;
}
