import type { Campaign, Organisation } from '@haven/core';

/** World Mountain People Association: works in English. */
export const wmpa: Organisation = {
  slug: 'wmpa',
  name: { en: 'World Mountain People Association' },
  legalName: 'World Mountain People Association (WMPA)',
  address: 'Maison des parcs et de la montagne, 73000 Chambéry, France',
  country: 'FR',
  about: {
    en: 'The WMPA makes mountains understood in the international arena, organises North-South and South-South exchange between mountain territories and populations, and supports the local initiatives of its members and partners.',
  },
  locales: ['en'],
  defaultLocale: 'en',
  receiptPrefix: 'WMPA',
  taxNote: {
    en: 'The WMPA is a non-profit association. Whether this gift is tax deductible depends on the law of your country of residence.',
  },
  createdAt: '2026-02-01T09:00:00.000Z',
};

export const wmpaCampaigns: Campaign[] = [
  {
    orgSlug: 'wmpa',
    slug: 'mountain-voices',
    status: 'open',
    locales: ['en'],
    defaultLocale: 'en',
    text: {
      en: {
        title: 'Mountain voices where decisions are made',
        summary:
          'Bring mountain people to the bodies that decide their future, and share knowledge between mountain territories.',
        story:
          'Mountain people wish to redefine a new future for their territories: **maintain control of their resources and choose their development paths**, have the same opportunities for progress as other territories, and be heard as legitimate partners at the national and international levels.\n\n## Your gift funds\n\n1. travel for mountain representatives to international meetings on biodiversity and climate;\n2. North-South and South-South exchanges between mountain communities;\n3. literacy and training so local initiatives can grow.\n\nThe WMPA takes all measures to ensure that mountain people are present and represented in all bodies whose decisions shape their future.',
        coverAlt: 'Layered mountain ridges under a pale sky',
      },
    },
    goal: { amount: 1_500_000, currency: 'EUR' },
    currencies: ['EUR', 'USD', 'GBP'],
    suggestedAmounts: {
      EUR: [1_500, 3_000, 6_000, 12_000],
      USD: [1_500, 3_000, 6_000, 12_000],
      GBP: [1_500, 3_000, 6_000, 12_000],
    },
    coverImage: '/static/covers/mountains.svg',
    startsAt: '2026-10-01T00:00:00.000Z',
    totals: {},
    supporters: 0,
    createdAt: '2026-09-15T10:00:00.000Z',
  },
];
