import type { CardFailedMessages } from './en';

export const ar = {
  subject: (orgName: string) => `تعذّر تحصيل تبرعك الشهري لـ ${orgName}`,
  heading: 'رُفضت بطاقتك',
  intro: (amount: string, campaign: string) =>
    `تعذّر خصم قسط هذا الشهر، ${amount} لحملة «${campaign}»، من بطاقتك.`,
  howToFix:
    'تبرعك مستمر: لمواصلته أدخل بطاقة صالحة (بطاقة جديدة، أو البطاقة نفسها إن كانت محجوبة فقط). يُخصم القسط عندها فورًا.',
  button: 'تحديث بطاقتي',
  noAction: 'إن كنت تفضّل إيقاف تبرعك الشهري فلا داعي لفعل أي شيء آخر الآن.',
  thanks: 'شكرًا لدعمك.',
} satisfies CardFailedMessages;
