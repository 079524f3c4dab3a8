import type { Campaign, Organisation } from '@haven/core';

/** The Geneva observatory for peace, democracy and human rights: works in English. */
export const iopdhr: Organisation = {
  slug: 'iopdhr',
  name: { en: 'International Observatory for Peace, Democracy and Human Rights' },
  legalName: 'International Observatory for Peace, Democracy and Human Rights (IOPDHR-GENEVA-NGO)',
  address: 'Geneva, Switzerland',
  country: 'CH',
  about: {
    en: 'IOPDHR is a non-profit organisation based in Geneva that follows and monitors events around the world, with initial research in the MENA region and in the Sahara and Sahel, and defends the rights of refugees and asylum seekers.',
  },
  locales: ['en'],
  defaultLocale: 'en',
  receiptPrefix: 'IOPDHR',
  taxNote: {
    en: 'IOPDHR is a non-profit association under Swiss law. Depending on your canton, this gift may be tax deductible.',
  },
  createdAt: '2026-04-01T09:00:00.000Z',
};

export const iopdhrCampaigns: Campaign[] = [
  {
    orgSlug: 'iopdhr',
    slug: 'refugee-rights',
    status: 'open',
    locales: ['en'],
    defaultLocale: 'en',
    text: {
      en: {
        title: 'Refugee rights: no one sent back to danger',
        summary:
          'Defend the principle of non-refoulement and the rights of refugees and asylum seekers under the 1951 Convention.',
        story:
          'More than **89.3 million people** worldwide have been forced to leave their country of origin, and almost 41% of them are children.\n\nThe 1951 Convention rests on the principle of *non-refoulement*, which prohibits returning a person to a country where their safety is threatened. IOPDHR works with governments, international organisations and civil society to make that principle real.\n\n## Your gift funds\n\n- monitoring and reports on the treatment of displaced people;\n- advocacy at the United Nations in Geneva;\n- awareness work on the rights of refugees and asylum seekers.',
        coverAlt: 'A path leading towards a rising sun',
      },
    },
    goal: { amount: 3_000_000, currency: 'CHF' },
    currencies: ['CHF', 'EUR', 'USD'],
    suggestedAmounts: {
      CHF: [3_000, 6_000, 12_000, 30_000],
      EUR: [3_000, 6_000, 12_000, 30_000],
      USD: [3_000, 6_000, 12_000, 30_000],
    },
    coverImage: '/static/covers/path.svg',
    startsAt: '2026-06-20T00:00:00.000Z',
    totals: {},
    supporters: 0,
    createdAt: '2026-06-01T10:00:00.000Z',
  },
];
