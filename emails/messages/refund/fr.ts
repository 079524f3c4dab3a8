import type { RefundMessages } from './en';

export const fr = {
  subject: (orgName: string) => `Votre don a été remboursé – ${orgName}`,
  heading: 'Votre remboursement',
  greeting: (donorName: string) => `Bonjour ${donorName},`,
  greetingAnonymous: 'Bonjour,',
  intro: (orgName: string, amount: string, campaignTitle: string) =>
    `${orgName} vous a remboursé ${amount} de votre don à la campagne « ${campaignTitle} ». Le montant arrivera sur votre compte d’ici 5 à 10 jours.`,
  labels: {
    refunded: 'Montant remboursé',
    date: 'Date',
    kept: 'Don conservé',
  },
  voided: (number: string) => `Le reçu ${number} est annulé.`,
  reissued: (number: string, old: string) =>
    `Le reçu ${number} remplace le reçu ${old} pour le don conservé.`,
  thanks: (orgName: string) => `Merci de votre soutien à ${orgName}.`,
  signoff: 'Avec notre reconnaissance,',
} satisfies RefundMessages;
