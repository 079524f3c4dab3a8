import type { DonorStatementMessages } from './en';

export const ar = {
  title: 'الكشوف السنوية',
  intro:
    'كشف بتبرعاتك خلال سنة لمنظمة واحدة بعد خصم المبالغ المستردة، مع نصها الضريبي: نرسله إليك بالبريد الإلكتروني.',
  organisation: 'المنظمة',
  year: 'السنة',
  send: 'أرسل لي الكشف',
  sent: 'كشفك في طريقه إلى بريدك الوارد.',
  bad: 'اختر إحدى المنظمات والسنوات المعروضة.',
} satisfies DonorStatementMessages;
