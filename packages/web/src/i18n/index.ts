import { dateTimeFormat, type Locale, numberFormat } from '@haven/core';
import { ar } from './ar';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Messages } from './en';
export { pluralize } from './plural';

const catalogues: Record<Locale, Messages> = { en, fr, es, ar };

export const messagesFor = (locale: Locale): Messages => catalogues[locale];

export const formatDate = (iso: string, locale: string): string =>
  dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

export const formatPercent = (percent: number, locale: string): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
