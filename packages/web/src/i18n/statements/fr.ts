import type { StatementMessages } from './en';

export const fr = {
  title: (year: number) => `Relevé des dons ${year}`,
  intro: (name: string, year: number) =>
    `${name}, merci. Voici vos dons de ${year}, déduction faite des remboursements, par monnaie.`,
  currency: 'Monnaie',
  gifts: 'Dons',
  refunded: 'Remboursés',
  net: 'Total',
  receipts: 'Reçus',
  none: (year: number) => `Aucun don en ${year}.`,
  registration: 'Numéro d’enregistrement',
  print: 'Imprimez cette page ou enregistrez-la en PDF depuis votre navigateur.',
} satisfies StatementMessages;
