import type { StripeMessages } from './en';

export const ar = {
  title: 'مدفوعات Stripe',
  intro:
    'تُحصَّل التبرعات لمنظمتكم على حساب Stripe الخاص بمنظمتكم: المال لكم منذ البداية، ويحوّله Stripe إلى مصرفكم.',
  status: {
    unconnected: 'غير متصل: لا تستطيع حملاتكم تلقي التبرعات بعد.',
    onboarding: 'التسجيل لم يكتمل: ما زال Stripe يحتاج إلى بياناتكم.',
    restricted:
      'مقيَّد: أوقف Stripe المدفوعات على حسابكم. لن تتلقى حملاتكم التبرعات حتى يعيد Stripe تفعيلها.',
    connected: 'متصل: تتلقى حملاتكم التبرعات على حساب Stripe الخاص بكم.',
  },
  account: 'حساب Stripe',
  connect: 'الاتصال بـ Stripe',
  continue: 'المتابعة على Stripe',
  noConnect: 'تعمل هذه الخدمة لمنظمة واحدة: تذهب التبرعات إلى حساب Stripe الخاص بها.',
  unavailableTitle: 'Stripe غير متاح',
  unavailable: 'تعذّر الاتصال بـ Stripe. لم يتغيّر شيء: يُرجى المحاولة بعد قليل.',
  returned: 'عدتم من Stripe: الحالة أدناه هي ما يقوله Stripe الآن.',
  homeLine: (status: string) => `Stripe: ${status}`,
  homeLink: 'إدارة مدفوعات Stripe',
  short: {
    unconnected: 'غير متصل',
    onboarding: 'التسجيل لم يكتمل',
    restricted: 'مقيَّد',
    connected: 'متصل',
  },
} satisfies StripeMessages;
