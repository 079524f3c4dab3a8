import type { Locale } from '@haven/core';
import { type Plural, plural } from '../i18n/plural';

/** The gifts chart's words; fr, es and ar must say everything English says. */
const en = {
  title: (currency: string) => `Gifts per day in ${currency}`,
  summary: (total: string, from: string, to: string) => `${total} from ${from} to ${to}.`,
  best: (amount: string, day: string) => `Best day: ${amount} on ${day}.`,
  none: 'No gifts in this period.',
  showTable: 'Show the figures as a table',
  date: 'Day',
  amount: 'Amount',
  gifts: plural({ one: '{n} gift', other: '{n} gifts' }),
  count: 'Gifts',
};
export type ChartMessages = typeof en;

const fr = {
  title: (currency: string) => `Dons par jour en ${currency}`,
  summary: (total: string, from: string, to: string) => `${total} du ${from} au ${to}.`,
  best: (amount: string, day: string) => `Meilleur jour : ${amount} le ${day}.`,
  none: 'Aucun don sur cette période.',
  showTable: 'Afficher les chiffres en tableau',
  date: 'Jour',
  amount: 'Montant',
  gifts: plural({ one: '{n} don', other: '{n} dons' }),
  count: 'Dons',
} satisfies ChartMessages;

const es = {
  title: (currency: string) => `Donaciones por día en ${currency}`,
  summary: (total: string, from: string, to: string) => `${total} del ${from} al ${to}.`,
  best: (amount: string, day: string) => `Mejor día: ${amount} el ${day}.`,
  none: 'No hubo donaciones en este periodo.',
  showTable: 'Mostrar las cifras en una tabla',
  date: 'Día',
  amount: 'Importe',
  gifts: plural({ one: '{n} donación', other: '{n} donaciones' }),
  count: 'Donaciones',
} satisfies ChartMessages;

const ar = {
  title: (currency: string) => `التبرعات اليومية بعملة ${currency}`,
  summary: (total: string, from: string, to: string) => `${total} من ${from} إلى ${to}.`,
  best: (amount: string, day: string) => `أفضل يوم: ${amount} في ${day}.`,
  none: 'لا تبرعات في هذه الفترة.',
  showTable: 'عرض الأرقام في جدول',
  date: 'اليوم',
  amount: 'المبلغ',
  gifts: plural({
    zero: 'لا تبرعات',
    one: 'تبرع واحد',
    two: 'تبرعان',
    few: '{n} تبرعات',
    many: '{n} تبرعًا',
    other: '{n} تبرع',
  }),
  count: 'التبرعات',
} satisfies ChartMessages;

const catalogues: Record<Locale, ChartMessages> = { en, fr, es, ar };

export const chartMessages = (locale: Locale): ChartMessages => catalogues[locale];
export type { Plural };
