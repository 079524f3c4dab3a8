import type { StatementMessages } from './en';

export const ar = {
  title: (year: number) => `كشف التبرعات لعام ${year}`,
  intro: (name: string, year: number) =>
    `${name}، شكرًا لك. هذه تبرعاتك لعام ${year} بعد خصم المبالغ المستردة، لكل عملة.`,
  currency: 'العملة',
  gifts: 'التبرعات',
  refunded: 'المسترد',
  net: 'المجموع',
  receipts: 'الإيصالات',
  none: (year: number) => `لا تبرعات في عام ${year}.`,
  registration: 'رقم التسجيل',
  print: 'اطبع هذه الصفحة أو احفظها بصيغة PDF من متصفحك.',
} satisfies StatementMessages;
