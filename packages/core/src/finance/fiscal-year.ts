import * as z from 'zod';
import { dateTimeFormat } from '../intl';

/** The month an organisation's books start their year in, 1 (January) to 12. */
export const FiscalYearStartMonth = z.coerce.number().int().min(1).max(12);
export type FiscalYearStartMonth = z.infer<typeof FiscalYearStartMonth>;

/** A statement's days, first and last inclusive (`yyyy-mm-dd`), as an export filter's. */
export type StatementPeriod = { from: string; to: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The fiscal year that starts in `year`: with April, 2025 is 1 April 2025 to 31 March 2026.
 * A year is named by the year it starts in, so January's is the calendar year.
 */
export function fiscalYear(year: number, startMonth: number = 1): StatementPeriod {
  const from = new Date(Date.UTC(year, startMonth - 1, 1));
  // Day 0 of the same month a year on is the last day of the year before it.
  const to = new Date(Date.UTC(year + 1, startMonth - 1, 0));
  return { from: day(from), to: day(to) };
}

/** The fiscal year `at` falls in, by the year it starts in. */
export function fiscalYearOf(at: Date, startMonth: number = 1): number {
  const year = at.getUTCFullYear();
  return at.getUTCMonth() + 1 >= startMonth ? year : year - 1;
}

/**
 * How a statement names its period in the reader's language: the year alone for a calendar
 * year ("2026"), else the two days as Intl writes a range ("1 April 2025 – 31 March 2026").
 */
export function statementPeriodLabel(period: StatementPeriod, intlLocale: string): string {
  const from = new Date(`${period.from}T00:00:00Z`);
  const to = new Date(`${period.to}T00:00:00Z`);
  if (period.from.endsWith('-01-01') && period.to === `${period.from.slice(0, 4)}-12-31`) {
    return period.from.slice(0, 4);
  }
  return dateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(from, to);
}
