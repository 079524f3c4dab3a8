import type { RefundMessages } from './en';

export const ar = {
  subject: (orgName: string) => `تم ردّ مبلغ تبرعك – ${orgName}`,
  heading: 'المبلغ المردود إليك',
  greeting: (donorName: string) => `عزيزنا ${donorName}،`,
  greetingAnonymous: 'مرحبًا،',
  intro: (orgName: string, amount: string, campaignTitle: string) =>
    `ردّت ${orgName} إليك ${amount} من تبرعك لحملة «${campaignTitle}». سيصل المبلغ إلى حسابك خلال 5 إلى 10 أيام.`,
  labels: {
    refunded: 'المبلغ المردود',
    date: 'التاريخ',
    kept: 'التبرع المتبقي',
  },
  voided: (number: string) => `أُلغي الإيصال ${number}.`,
  reissued: (number: string, old: string) =>
    `يحلّ الإيصال ${number} محل الإيصال ${old} عن التبرع المتبقي.`,
  thanks: (orgName: string) => `شكرًا لدعمك ${orgName}.`,
  signoff: 'مع خالص الامتنان،',
} satisfies RefundMessages;
