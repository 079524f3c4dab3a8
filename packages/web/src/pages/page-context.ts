import { intlLocale, type Locale, textDirection } from '@haven/core';
import { type Messages, messagesFor } from '../i18n';

/** What every page needs to speak the visitor's language and link to itself in the others. */
export type PageContext = {
  locale: Locale;
  /** The locale Intl formats with (language + organisation's country). */
  intlLocale: string;
  dir: 'rtl' | 'ltr';
  t: Messages;
  publicUrl: string;
  /** The path after the language prefix, e.g. `/mpm/voix-aux-nations-unies`. */
  rest: string;
  /** The languages this page exists in. */
  offered: readonly Locale[];
};

export function pageContext(options: {
  locale: Locale;
  country?: string;
  publicUrl: string;
  rest: string;
  offered: readonly Locale[];
}): PageContext {
  return {
    locale: options.locale,
    intlLocale: intlLocale(options.locale, options.country),
    dir: textDirection(options.locale),
    t: messagesFor(options.locale),
    publicUrl: options.publicUrl,
    rest: options.rest,
    offered: options.offered,
  };
}

export const localizedPath = (locale: Locale, rest: string): string =>
  `/${locale}${rest === '/' ? '' : rest}`;
