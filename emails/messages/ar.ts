import type { Messages } from './en';

export const ar = {
  subject: (receiptNumber: string, orgName: string) => `إيصال تبرعك ${receiptNumber} – ${orgName}`,
  preview: (amount: string, orgName: string) => `شكرًا لك على تبرعك بمبلغ ${amount} إلى ${orgName}`,
  heading: 'شكرًا لك على تبرعك',
  greeting: (donorName: string) => `مرحبًا ${donorName}،`,
  greetingAnonymous: 'مرحبًا،',
  intro: (orgName: string, campaignTitle: string) =>
    `تلقّت ${orgName} تبرعك لحملة «${campaignTitle}». يؤكد هذا الإيصال استلامه.`,
  receiptTitle: 'إيصال التبرع',
  labels: {
    receiptNumber: 'رقم الإيصال',
    date: 'التاريخ',
    campaign: 'الحملة',
    frequency: 'نوع التبرع',
    gift: 'مبلغ التبرع',
    feeCovered: 'رسوم المعالجة التي تحمّلتها',
    total: 'المبلغ المدفوع',
  },
  frequency: {
    once: 'تبرع لمرة واحدة',
    monthly: 'تبرع شهري',
  },
  dedication: {
    honour: (name: string) => `تكريمًا لـ ${name}`,
    memory: (name: string) => `إحياءً لذكرى ${name}`,
  },
  messageLabel: 'رسالتك',
  monthlyNote: 'ستتلقى إيصالًا عن كل دفعة شهرية.',
  taxHeading: 'المعلومات الضريبية',
  issuedBy: (legalName: string) => `صادر عن: ${legalName}`,
  registrationNumber: (number: string) => `رقم التسجيل: ${number}`,
  thanks: (orgName: string) => `شكرًا لدعمك عمل ${orgName} في الدفاع عن حقوق الإنسان.`,
  signoff: 'مع خالص الامتنان،',
  erased: 'مُحي بطلب من المتبرع',
  erasedLabels: { donor: 'المتبرع', dedication: 'الإهداء' },
} satisfies Messages;
