import type { Campaign, Organisation } from '@haven/core';

/** The Iraqi minorities alliance network: works in Arabic and English. */
export const iraqiMinorities: Organisation = {
  slug: 'iraqi-minorities-network',
  name: {
    ar: 'شبكة تحالف الأقليات العراقية',
    en: 'Iraqi Minorities Alliance Network',
  },
  legalName: 'Iraqi Minorities Alliance Network',
  address: 'Baghdad, Iraq',
  country: 'IQ',
  about: {
    ar: 'تسعى شبكة تحالف الأقليات العراقية إلى تقديم الدعم للأقليات في العراق وتوفير بيئة آمنة تحترم حقوقهم الأساسية، وتعزز من مشاركتهم الفعالة في الحياة السياسية والاجتماعية في البلاد.',
    en: 'The Iraqi Minorities Alliance Network supports minorities in Iraq, works for a safe environment that respects their fundamental rights, and strengthens their part in the country’s political and social life.',
  },
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  receiptPrefix: 'IMAN',
  taxNote: {
    ar: 'الشبكة منظمة غير ربحية. تعتمد إمكانية خصم هذا التبرع من الضرائب على قانون بلد إقامتك.',
    en: 'The Network is a non-profit organisation. Whether this gift is tax deductible depends on the law of your country of residence.',
  },
  createdAt: '2026-03-10T09:00:00.000Z',
};

export const iraqiMinoritiesCampaigns: Campaign[] = [
  {
    orgSlug: 'iraqi-minorities-network',
    slug: 'warmth-for-displaced-families',
    status: 'open',
    locales: ['ar', 'en'],
    defaultLocale: 'ar',
    text: {
      ar: {
        title: 'الدفء للعائلات النازحة',
        summary: 'مدافئ وبطانيات للعائلات النازحة من الأقليات في نينوى قبل اشتداد البرد.',
        story:
          'مع اقتراب الشتاء، تعيش **عائلات نازحة من الأقليات** في قرى نينوى دون تدفئة كافية.\n\n## ماذا يموّل تبرعك\n\n- مدفأة كهربائية لعائلة نازحة؛\n- بطانيات وملابس شتوية للأطفال؛\n- دعم العائلات العائدة إلى مناطقها الأصلية.\n\nنأمل أن يكون هذا التعاون *بداية لمرحلة جديدة* من التضامن الفاعل مع جميع الأقليات في المنطقة.',
        coverAlt: 'بيوت صغيرة تحت سماء ليلية ونافذة مضاءة',
      },
      en: {
        title: 'Warmth for displaced families',
        summary:
          'Heaters and blankets for displaced minority families in Nineveh before the cold sets in.',
        story:
          'As winter comes, **displaced minority families** in the villages of Nineveh live without enough heating.\n\n## What your gift funds\n\n- an electric heater for a displaced family;\n- blankets and winter clothes for children;\n- support for families returning to their home areas.\n\nWe hope this is *the start of a new stage* of active solidarity with all the minorities of the region.',
        coverAlt: 'Small houses under a night sky, one window lit',
      },
    },
    goal: { amount: 2_000_000, currency: 'USD' },
    currencies: ['USD', 'EUR', 'JOD'],
    suggestedAmounts: {
      USD: [2_000, 4_000, 8_000, 15_000],
      EUR: [2_000, 4_000, 8_000, 15_000],
      JOD: [15_000, 30_000, 60_000],
    },
    coverImage: '/static/covers/village.svg',
    startsAt: '2026-11-01T00:00:00.000Z',
    endsAt: '2027-02-28T00:00:00.000Z',
    totals: {},
    supporters: 0,
    createdAt: '2026-10-20T10:00:00.000Z',
  },
];
