import type { Campaign, Organisation } from '@haven/core';

/** Minorités et peuples du monde, Geneva: works in French, English and Spanish. */
export const mpm: Organisation = {
  slug: 'mpm',
  name: {
    fr: 'Minorités et peuples du monde',
    en: 'Minorities and Peoples of the World',
    es: 'Minorías y Pueblos del Mundo',
  },
  legalName: 'Minorités et peuples du monde (MPM)',
  address: 'Case postale, 1211 Genève, Suisse',
  country: 'CH',
  about: {
    fr: 'MPM est une ONG sans but lucratif, politiquement neutre et confessionnellement indépendante, fondée à Genève en 2019. Elle intervient auprès des instances de droits de l’homme des Nations Unies pour les peuples qui n’ont pas de voix sur la plate-forme internationale.',
    en: 'MPM is a non-profit, politically neutral and confessionally independent NGO founded in Geneva in 2019. It works in the United Nations human rights bodies on behalf of peoples who have no voice on the international platform.',
    es: 'MPM es una ONG sin ánimo de lucro, políticamente neutral y confesionalmente independiente, constituida en Ginebra en 2019. Interviene ante los órganos de derechos humanos de las Naciones Unidas en favor de los pueblos que no tienen voz en la plataforma internacional.',
  },
  locales: ['fr', 'en', 'es'],
  defaultLocale: 'fr',
  receiptPrefix: 'MPM',
  taxNote: {
    fr: 'MPM est une association à but non lucratif de droit suisse. Selon votre canton, ce don peut être déductible de vos impôts.',
    en: 'MPM is a non-profit association under Swiss law. Depending on your canton, this gift may be tax deductible.',
    es: 'MPM es una asociación sin ánimo de lucro de derecho suizo. Según su cantón, esta donación puede ser deducible de impuestos.',
  },
  createdAt: '2026-01-15T09:00:00.000Z',
};

export const mpmCampaigns: Campaign[] = [
  {
    orgSlug: 'mpm',
    slug: 'voix-aux-nations-unies',
    status: 'open',
    locales: ['fr', 'en', 'es'],
    defaultLocale: 'fr',
    text: {
      fr: {
        title: 'Une voix aux Nations Unies pour les peuples sans voix',
        summary:
          'Aidez MPM à porter la parole des minorités et des peuples devant le Conseil des droits de l’homme à Genève.',
        story:
          'Depuis tout temps, **minorités, peuples petits ou non ainsi que groupes vulnérables** n’ont pas réussi à se faire reconnaître et par conséquence protéger. Et rarement ils ont été représentés par leurs gouvernements.\n\n## Ce que votre don rend possible\n\n- des déclarations écrites et orales au Conseil des droits de l’homme ;\n- l’accueil à Genève de représentants de communautés menacées ;\n- le suivi des recommandations des Nations Unies.\n\nConformément au droit humanitaire, MPM a pour but la défense et le soutien des droits des minorités, des peuples et des groupes vulnérables dans le monde. *Ainsi aujourd’hui encore il est de notre devoir de leur venir en aide.*',
        coverAlt: 'Rangées de drapeaux stylisés devant un bâtiment aux colonnes',
      },
      en: {
        title: 'A voice at the United Nations for peoples without one',
        summary:
          'Help MPM carry the voice of minorities and peoples to the Human Rights Council in Geneva.',
        story:
          'Since time immemorial, **minorities, small and less-small communities as well as vulnerable groups** have been denied recognition and protection. Rarely have they been represented by their governments.\n\n## What your gift makes possible\n\n- written and oral statements at the Human Rights Council;\n- bringing representatives of threatened communities to Geneva;\n- following up the United Nations’ recommendations.\n\nIn accordance with humanitarian law, MPM defends and supports the rights of minorities, peoples and vulnerable groups throughout the world. *So even today it is our duty to help them.*',
        coverAlt: 'Rows of stylised flags in front of a colonnaded building',
      },
      es: {
        title: 'Una voz en las Naciones Unidas para los pueblos sin voz',
        summary:
          'Ayude a MPM a llevar la voz de las minorías y los pueblos ante el Consejo de Derechos Humanos en Ginebra.',
        story:
          'Desde siempre, **las minorías, los pueblos pequeños o no y los grupos vulnerables** no han logrado ser reconocidos y, por tanto, protegidos. Y rara vez han sido representados por sus gobiernos.\n\n## Lo que su donación hace posible\n\n- declaraciones escritas y orales ante el Consejo de Derechos Humanos;\n- recibir en Ginebra a representantes de comunidades amenazadas;\n- el seguimiento de las recomendaciones de las Naciones Unidas.\n\nDe acuerdo con el derecho humanitario, MPM defiende y apoya los derechos de las minorías, los pueblos y los grupos vulnerables del mundo. *Hoy todavía es nuestro deber ayudarlos.*',
        coverAlt: 'Filas de banderas estilizadas ante un edificio con columnas',
      },
    },
    goal: { amount: 2_500_000, currency: 'CHF' },
    currencies: ['CHF', 'EUR', 'USD'],
    suggestedAmounts: {
      CHF: [2_000, 5_000, 10_000, 25_000],
      EUR: [2_000, 5_000, 10_000, 25_000],
      USD: [2_500, 5_000, 10_000, 25_000],
    },
    coverImage: '/static/covers/assembly.svg',
    startsAt: '2026-09-01T00:00:00.000Z',
    endsAt: '2027-03-31T00:00:00.000Z',
    totals: {},
    supporters: 0,
    createdAt: '2026-08-20T10:00:00.000Z',
  },
];
