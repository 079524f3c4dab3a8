import type { StatementSendMessages } from './en';

export const ar = {
  period: (label: string) => `الفترة: ${label}`,
  sendOne: 'أرسل هذا الكشف إلى المتبرع بالبريد الإلكتروني',
  sentOne: 'الكشف في طريقه إلى المتبرع، بلغته.',
  bulkTitle: 'أرسل إلى كل متبرع كشفه',
  bulkIntro: (label: string) =>
    `كل من تبرع في ${label} يتلقى رسالة واحدة فيها كشفه، بلغته. الإرسال مرة أخرى لا يصل إلا إلى من لم يتلقه بعد. المتبرعون المحذوفة بياناتهم والتبرعات بلا عنوان لا يتلقون شيئًا.`,
  bulkSend: 'أرسل إلى جميع المتبرعين',
  bulkQueued: 'بدأ الإرسال: تزداد الأرقام أدناه مع خروج الرسائل.',
  counts: (c: { queued: number; sent: number; failed: number }) =>
    `${c.queued} في الانتظار، ${c.sent} أُرسلت، ${c.failed} لم تُرسل`,
  notYet: 'لم يُرسل إلى جميع المتبرعين بعد.',
  noGift: 'لم يتبرع هذا العنوان بشيء في تلك السنة: لم يُرسل أي كشف.',
  badYear: 'اختر سنة بين 2000 و2100.',
} satisfies StatementSendMessages;
