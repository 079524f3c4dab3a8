import type { ExportMessages } from './en';

export const fr = {
  title: 'Exports',
  intro:
    'Des fichiers pour tableur (CSV, UTF-8) des paiements choisis. Les montants sont des nombres dans les unités de chaque monnaie, la monnaie dans sa propre colonne.',
  from: 'Du (premier jour)',
  to: 'Au (dernier jour)',
  campaign: 'Campagne',
  anyCampaign: 'Toutes les campagnes',
  currency: 'Monnaie',
  anyCurrency: 'Toutes les monnaies',
  kind: 'Fichier',
  kinds: {
    donations: 'Dons (une ligne par paiement)',
    journal: 'Journal (chaque ligne du grand livre, par monnaie)',
    payouts: 'Virements (ce dont chaque virement bancaire se compose)',
  },
  download: 'Télécharger',
  badFilter:
    'Choisissez un premier et un dernier jour (le premier pas après le dernier), et une campagne et une monnaie de cette organisation.',
  background: 'Fichiers en préparation',
  backgroundIntro: (limit: number) =>
    `Un export de plus de ${limit} paiements est préparé en arrière-plan ; son lien apparaît ici et fonctionne quelques minutes à chaque ouverture de cette page.`,
  queuedTitle: 'Votre fichier est en préparation',
  queued:
    'Il est trop volumineux pour être téléchargé d’un coup. Il apparaîtra sur la page des exports une fois prêt.',
  backToExports: 'Retour aux exports',
  none: 'Aucun fichier préparé récemment.',
  requested: 'Demandé le',
  status: 'État',
  rows: 'Lignes',
  statuses: { pending: 'en préparation', done: 'prêt', failed: 'échec' },
  fetch: 'Télécharger',
  statements: {
    title: 'Relevés annuels',
    intro:
      'Les dons d’une personne sur une année (votre exercice comptable, qui commence en janvier sauf réglage contraire ; une année porte le nom de l’année où elle commence), remboursements déduits, par monnaie, dans sa langue avec votre mention de déductibilité : imprimez-le ou enregistrez-le en PDF.',
    email: 'Adresse e-mail du donateur',
    year: 'Année',
    show: 'Afficher le relevé',
    bad: 'Saisissez une adresse e-mail complète et une année.',
  },
} satisfies ExportMessages;
