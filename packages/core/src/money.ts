import * as z from 'zod/mini';
import { numberFormat } from './intl';

/**
 * Currencies whose smallest unit is the major unit, per Stripe's list of zero-decimal currencies.
 * https://docs.stripe.com/currencies#zero-decimal
 */
const ZERO_DECIMAL = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'JPY',
  'KMF',
  'KRW',
  'MGA',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);

/**
 * Three-decimal currencies. Stripe takes them in thousandths but requires the last digit to be 0,
 * so every amount must be a multiple of 10 minor units.
 */
const THREE_DECIMAL = new Set(['BHD', 'JOD', 'KWD', 'OMR', 'TND']);

/** What a currency code looks like before it is upper-cased (ISO 4217's three letters). */
export const CURRENCY_CODE = /^[A-Za-z]{3}$/;

export const Currency = z.pipe(
  z.string().check(z.regex(CURRENCY_CODE, 'a three-letter ISO 4217 currency code')),
  z.transform((code: string) => code.toUpperCase()),
);
export type Currency = string;

/** A sum of money: an integer number of minor units, never a float. */
export const Money = z.object({
  amount: z.int().check(z.nonnegative()),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

export function minorUnitExponent(currency: string): 0 | 2 | 3 {
  const code = currency.toUpperCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

/** The step amounts must be a multiple of in this currency (Stripe's rule for three-decimal ones). */
export const minorUnitStep = (currency: string): number =>
  minorUnitExponent(currency) === 3 ? 10 : 1;

/** The value in major units, for Intl formatting only: never compute with the result. */
export const toMajorUnits = (money: Money): number =>
  money.amount / 10 ** minorUnitExponent(money.currency);

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Parses what a person typed ("25", "25.50", "25,5", "٢٥٫٥") into minor units, or undefined.
 * Arabic-Indic digits are read as digits. For three-decimal currencies a "1,000" could be a
 * thousand or one: only the decimal separator of the page's locale counts there, and any other
 * separator makes the amount unreadable rather than ten times too small.
 */
export function parseMajorUnits(
  input: string,
  currency: string,
  locale = 'en',
): number | undefined {
  const exponent = minorUnitExponent(currency);
  // Arabic digits and separators: U+0660–0669 and U+06F0–06F9 are digits, ٫ is the decimal point.
  const normalized = input
    .replace(ARABIC_INDIC, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
    .replace('\u066B', '.')
    .replace(/\u066C/g, '');
  const separators = exponent === 3 ? decimalSeparator(locale) : '.,';
  const match = new RegExp(`^\\s*(\\d{1,12})(?:[${separators}](\\d+))?\\s*$`).exec(normalized);
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > exponent) return undefined;
  return Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
}

/** ',' where the locale writes decimals with a comma, else '.' (Arabic's ٫ reads as '.'). */
const decimalSeparator = (locale: string): ',' | '.' =>
  numberFormat(locale)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value === ','
    ? ','
    : '.';

export function formatMoney(money: Money, locale: string): string {
  const exponent = minorUnitExponent(money.currency);
  const major = toMajorUnits(money);
  return numberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: Number.isInteger(major) ? 0 : exponent,
    maximumFractionDigits: exponent,
  }).format(major);
}
