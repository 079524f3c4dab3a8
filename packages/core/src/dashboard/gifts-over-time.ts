import { ValidationError } from '../errors';
import type { GiftRecord } from './gifts';

/** One day's gifts in one currency; `date` is the UTC calendar day, YYYY-MM-DD. */
export type GiftDay = { date: string; amount: number; count: number };

/** A currency's gifts day by day, every day of the period present (zero when nothing came). */
export type GiftSeries = { currency: string; days: GiftDay[]; total: number };

/** The longest period a chart covers: a year and a day, so a leap year fits. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => iso.slice(0, 10);

/**
 * The UTC days from `from` to `to`, both included. Days are UTC so that two staff members in
 * different time zones see the same bars; a gift's exact time is on the list beside the chart.
 */
export function daysOfPeriod(from: string, to: string): string[] {
  const start = Date.parse(`${dayOf(from)}T00:00:00.000Z`);
  const end = Date.parse(`${dayOf(to)}T00:00:00.000Z`);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) {
    throw new ValidationError('the period ends before it starts', [
      { path: 'to', message: 'before_from' },
    ]);
  }
  const count = (end - start) / DAY_MS + 1;
  if (count > MAX_PERIOD_DAYS) {
    throw new ValidationError('the period is too long', [{ path: 'to', message: 'too_long' }]);
  }
  return Array.from({ length: count }, (_, i) => new Date(start + i * DAY_MS).toISOString()).map(
    dayOf,
  );
}

/**
 * Gifts per day and per currency over a period. Currencies are kept apart: a franc and a dinar
 * are never added, so each currency gets its own series (largest total first).
 */
export function giftsOverTime(
  gifts: Iterable<Pick<GiftRecord, 'paidAt' | 'currency' | 'gift'>>,
  period: { from: string; to: string },
): GiftSeries[] {
  const days = daysOfPeriod(period.from, period.to);
  const index = new Map(days.map((day, i) => [day, i]));
  const byCurrency = new Map<string, GiftDay[]>();
  for (const gift of gifts) {
    const i = index.get(dayOf(gift.paidAt));
    if (i === undefined) continue;
    let series = byCurrency.get(gift.currency);
    if (!series) {
      series = days.map((date) => ({ date, amount: 0, count: 0 }));
      byCurrency.set(gift.currency, series);
    }
    const day = series[i];
    if (day) {
      day.amount += gift.gift;
      day.count += 1;
    }
  }
  return [...byCurrency]
    .map(([currency, series]) => ({
      currency,
      days: series,
      total: series.reduce((sum, day) => sum + day.amount, 0),
    }))
    .sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency));
}
