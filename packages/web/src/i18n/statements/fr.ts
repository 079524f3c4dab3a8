import type { StatementMessages } from './en';

export const fr = {
  title: (period: string) => `Relevé des dons ${period}`,
  intro: (name: string, period: string) =>
    `${name}, merci. Voici vos dons de ${period}, déduction faite des remboursements, par monnaie.`,
  currency: 'Monnaie',
  gifts: 'Dons',
  refunded: 'Remboursés',
  net: 'Total',
  receipts: 'Reçus',
  none: (period: string) => `Aucun don en ${period}.`,
  registration: 'Numéro d’enregistrement',
  print: 'Imprimez cette page ou enregistrez-la en PDF depuis votre navigateur.',
} satisfies StatementMessages;
