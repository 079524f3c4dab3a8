import type { UpdateMessages } from './en';

export const ar = {
  heading: 'التحديثات',
  shownIn: (language: string) => `هذا التحديث غير متوفر بلغتك؛ يُعرض باللغة ${language}.`,
  languageNames: { en: 'الإنجليزية', fr: 'الفرنسية', es: 'الإسبانية', ar: 'العربية' },
  unsubscribe: {
    confirmTitle: 'إلغاء الاشتراك في هذه التحديثات؟',
    confirmBody: (campaign: string) => `لن تصلك بعد الآن أخبار «${campaign}» بالبريد الإلكتروني.`,
    confirm: 'إلغاء الاشتراك',
    doneTitle: 'تم إلغاء اشتراكك',
    doneBody: (campaign: string) =>
      `لن تصلك تحديثات «${campaign}» بعد الآن. ستظل إيصالات تبرعاتك تُرسل إليك.`,
    undo: 'تراجع: أريد أن تصلني التحديثات',
    undoneTitle: 'عاد اشتراكك',
    undoneBody: (campaign: string) => `ستصلك التحديثات القادمة لـ«${campaign}».`,
    invalidTitle: 'هذا الرابط لا يعمل',
    invalidBody: 'ربما عُدّل. استخدم الرابط في آخر رسالة وصلتك.',
  },
} satisfies UpdateMessages;
