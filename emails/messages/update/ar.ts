import type { UpdateMessages } from './en';

export const ar = {
  subject: (title: string, orgName: string) => `${title} – ${orgName}`,
  preview: (campaignTitle: string) => `أخبار «${campaignTitle}»`,
  kicker: (campaignTitle: string) => `أخبار حملة «${campaignTitle}»`,
  readOnline: 'اقرأ هذا التحديث على موقعنا',
  why: (orgName: string, campaignTitle: string) =>
    `تصلك هذه الرسالة لأنك طلبت من ${orgName} عند تبرعك أن تصلك أخبار «${campaignTitle}».`,
  unsubscribe: 'إلغاء الاشتراك في هذه التحديثات',
} satisfies UpdateMessages;
