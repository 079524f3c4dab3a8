import type { StatementEmailMessages } from './en';

export const ar = {
  subject: (period: string, orgName: string) => `كشف تبرعاتك لعام ${period} – ${orgName}`,
  preview: (period: string) => `تبرعاتك لعام ${period}، لإقرارك الضريبي`,
  heading: (period: string) => `كشف التبرعات لعام ${period}`,
  greeting: (donorName: string) => `عزيزنا ${donorName}،`,
  greetingAnonymous: 'مرحبًا،',
  intro: (orgName: string, period: string) =>
    `شكرًا لدعمك ${orgName}. هذه تبرعاتك لعام ${period} بعد خصم المبالغ المستردة، لكل عملة.`,
  labels: { gifts: 'التبرعات', refunded: 'المسترد', net: 'المجموع' },
  none: (period: string) => `لا تبرعات منك لدينا في ${period}.`,
  receipts: (numbers: string) => `الإيصالات: ${numbers}`,
  taxHeading: 'معلومات ضريبية',
  signoff: 'مع خالص الامتنان،',
  issuedBy: (legalName: string) => `صادر عن: ${legalName}`,
  registrationNumber: (number: string) => `رقم التسجيل: ${number}`,
} satisfies StatementEmailMessages;
