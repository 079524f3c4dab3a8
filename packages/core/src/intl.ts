/**
 * Intl formatters, made once per locale and options and kept for the life of the process.
 * Building one loads and resolves CLDR data (a third of a page's CPU when made per render);
 * using one is cheap and keeps no state, so sharing them is safe.
 */
function memo<Options, Made>(make: (locale: string, options: Options) => Made) {
  const made = new Map<string, Made>();
  return (locale: string, options: Options): Made => {
    const key = `${locale}\u0000${JSON.stringify(options)}`;
    let found = made.get(key);
    if (found === undefined) {
      found = make(locale, options);
      made.set(key, found);
    }
    return found;
  };
}

const numberFormats = memo(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
const dateTimeFormats = memo(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
const pluralRuleSets = memo(
  (locale, options: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options),
);

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  numberFormats(locale, options);
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  dateTimeFormats(locale, options);
export const pluralRules = (locale: string, options: Intl.PluralRulesOptions = {}) =>
  pluralRuleSets(locale, options);
