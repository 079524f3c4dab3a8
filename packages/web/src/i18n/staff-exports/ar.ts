import type { ExportMessages } from './en';

export const ar = {
  title: 'التصدير',
  intro:
    'ملفات جداول بيانات (CSV بترميز UTF-8) للمدفوعات التي تختارها. المبالغ أرقام بوحدات كل عملة، والعملة في عمود خاص بها.',
  from: 'من (اليوم الأول)',
  to: 'إلى (اليوم الأخير)',
  campaign: 'الحملة',
  anyCampaign: 'كل الحملات',
  currency: 'العملة',
  anyCurrency: 'كل العملات',
  kind: 'الملف',
  kinds: { donations: 'التبرعات (سطر لكل دفعة)' },
  download: 'تنزيل',
  badFilter:
    'اختر يومًا أول ويومًا أخيرًا (لا يكون الأول بعد الأخير)، وحملة وعملة تابعتين لهذه المنظمة.',
  background: 'ملفات قيد الإعداد',
  backgroundIntro: (limit: number) =>
    `يُعدّ تصدير أكثر من ${limit} دفعة في الخلفية؛ يظهر رابطه هنا ويعمل بضع دقائق في كل مرة تفتح فيها هذه الصفحة.`,
  queuedTitle: 'يجري إعداد ملفك',
  queued: 'الملف أكبر من أن يُنزَّل دفعة واحدة. سيظهر في صفحة التصدير عندما يكون جاهزًا.',
  backToExports: 'العودة إلى التصدير',
  none: 'لا ملفات أُعدّت مؤخرًا.',
  requested: 'طُلب في',
  status: 'الحالة',
  rows: 'الأسطر',
  statuses: { pending: 'قيد الإعداد', done: 'جاهز', failed: 'فشل' },
  fetch: 'تنزيل',
} satisfies ExportMessages;
