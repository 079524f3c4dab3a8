import { numberFormat, pluralRules } from '@haven/core';

/** A message in each plural category a language needs (CLDR rules via Intl.PluralRules). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const plural = (forms: Plural): Plural => forms;

/** Picks the form for `count` and puts the number, formatted for the locale, in place of {n}. */
export function pluralize(forms: Plural, count: number, locale: string): string {
  const category = pluralRules(locale).select(count);
  const form = forms[category] ?? forms.other;
  return form.replace('{n}', numberFormat(locale).format(count));
}
