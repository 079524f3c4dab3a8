import type { StatementMessages } from './en';

export const ar = {
  title: (period: string) => `كشف التبرعات لعام ${period}`,
  intro: (name: string, period: string) =>
    `${name}، شكرًا لك. هذه تبرعاتك لعام ${period} بعد خصم المبالغ المستردة، لكل عملة.`,
  currency: 'العملة',
  gifts: 'التبرعات',
  refunded: 'المسترد',
  net: 'المجموع',
  receipts: 'الإيصالات',
  none: (period: string) => `لا تبرعات في عام ${period}.`,
  registration: 'رقم التسجيل',
  print: 'اطبع هذه الصفحة أو احفظها بصيغة PDF من متصفحك.',
} satisfies StatementMessages;
