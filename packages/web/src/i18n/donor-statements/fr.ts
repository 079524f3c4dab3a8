import type { DonorStatementMessages } from './en';

export const fr = {
  title: 'Relevés annuels',
  intro:
    'Le relevé de vos dons d’une année à une organisation, remboursements déduits, avec sa mention fiscale : nous vous l’envoyons par e-mail.',
  organisation: 'Organisation',
  year: 'Année',
  send: 'M’envoyer le relevé',
  sent: 'Votre relevé arrive dans votre boîte de réception.',
  bad: 'Choisissez une des organisations et années proposées.',
} satisfies DonorStatementMessages;
