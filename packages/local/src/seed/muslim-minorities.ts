import type { Campaign, Organisation } from '@haven/core';

/** The London observatory for Muslim minorities: works in Arabic and English. */
export const muslimMinorities: Organisation = {
  slug: 'muslim-minorities-observatory',
  name: {
    ar: 'مرصد الأقليات المسلمة',
    en: 'Observatory for Muslim Minorities',
  },
  legalName: 'Observatory for Muslim Minorities',
  address: 'London, United Kingdom',
  country: 'GB',
  about: {
    ar: 'منظمة حقوقية إعلامية غير ربحية مستقلة مقرها لندن تسعى لدعم الحقوق الأساسية والمجموعات العرقية في الأماكن التي تضم أقل أعداد من المسلمين.',
    en: 'An independent, non-profit human rights and media organisation based in London that supports fundamental rights and ethnic groups where Muslims are fewest.',
  },
  locales: ['ar', 'en'],
  defaultLocale: 'ar',
  receiptPrefix: 'OMM',
  taxNote: {
    ar: 'المرصد منظمة غير ربحية. تعتمد إمكانية خصم هذا التبرع من الضرائب على قانون بلد إقامتك.',
    en: 'The Observatory is a non-profit organisation. Whether this gift is tax deductible depends on the law of your country of residence.',
  },
  createdAt: '2026-03-01T09:00:00.000Z',
};

export const muslimMinoritiesCampaigns: Campaign[] = [
  {
    orgSlug: 'muslim-minorities-observatory',
    slug: 'break-the-silence',
    status: 'open',
    locales: ['ar', 'en'],
    defaultLocale: 'ar',
    text: {
      ar: {
        title: 'لنكسر الصمت',
        summary:
          'ساعدونا في توثيق انتهاكات حقوق الإنسان بحق الأقليات المسلمة الأكثر احتياجًا وإيصال أصواتهم.',
        story:
          'نعمل على **كسر الصمت** حيال المجموعات والأشخاص الضحايا أو المهددين بالقتل خارج نطاق القضاء، والتعذيب والاعتقال التعسفي والاختفاء القسري.\n\n## ماذا يموّل تبرعك\n\n- توثيق الانتهاكات بمعلومات دقيقة ومحدَّثة بانتظام؛\n- تدريب القادة والمؤسسات على الثقافة الحقوقية؛\n- الضغط على الحكومات التي تضطهد مواطنيها من الأقليات المسلمة والمهمشة.\n\nقيمنا: *الشفافية – العدالة – العطاء – السرعة*.',
        coverAlt: 'هلال فوق خطوط أفقية بألوان دافئة',
      },
      en: {
        title: 'Break the silence',
        summary:
          'Help us document human rights violations against the Muslim minorities most in need, and carry their voices.',
        story:
          'We work to **break the silence** around groups and people who are victims of, or threatened with, extrajudicial killing, torture, arbitrary detention and enforced disappearance.\n\n## What your gift funds\n\n- documenting violations with accurate, regularly updated information;\n- training leaders and institutions in human rights;\n- pressing the governments that persecute their Muslim and marginalised minorities.\n\nOur values: *transparency – justice – giving – speed*.',
        coverAlt: 'A crescent above warm horizontal bands',
      },
    },
    goal: { amount: 1_000_000, currency: 'GBP' },
    currencies: ['GBP', 'USD', 'KWD'],
    suggestedAmounts: {
      GBP: [1_000, 2_500, 5_000, 10_000],
      USD: [1_500, 3_000, 6_000, 12_000],
      KWD: [5_000, 10_000, 20_000, 50_000],
    },
    coverImage: '/static/covers/crescent.svg',
    startsAt: '2026-10-15T00:00:00.000Z',
    endsAt: '2027-01-31T00:00:00.000Z',
    totals: {},
    supporters: 0,
    createdAt: '2026-10-01T10:00:00.000Z',
  },
];
