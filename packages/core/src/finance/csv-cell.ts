import { minorUnitExponent } from '../money';

/**
 * A text cell a spreadsheet will not run: OWASP's CSV injection rule. A cell whose first
 * character, or first after leading whitespace (spreadsheets trim it before deciding), is one
 * of = + - @ tab or carriage return gets a single quote in front, which the spreadsheet shows
 * as text. Applied to text columns only: amounts come from `majorUnits` and stay numbers.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
export function inertText(value: string): string {
  return /^[\s]*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * An amount in minor units as a plain decimal number in major units, with exactly the
 * currency's decimals ("-12.50", "1200" in JPY, "1.250" in KWD), computed with integers so
 * no float rounding or locale grouping ever reaches the file.
 */
export function majorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an amount in minor units: ${minor}`);
  const exponent = minorUnitExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor));
  if (exponent === 0) return `${sign}${digits}`;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}
