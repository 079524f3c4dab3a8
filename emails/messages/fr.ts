import type { Messages } from './en';

// Narrow no-break spaces inside guillemets, as French typography asks.
export const fr = {
  subject: (receiptNumber: string, orgName: string) =>
    `Votre reçu de don ${receiptNumber} – ${orgName}`,
  preview: (amount: string, orgName: string) => `Merci pour votre don de ${amount} à ${orgName}`,
  heading: 'Merci pour votre don',
  greeting: (donorName: string) => `Bonjour ${donorName},`,
  greetingAnonymous: 'Bonjour,',
  intro: (orgName: string, campaignTitle: string) =>
    `${orgName} a bien reçu votre don pour la campagne «\u202f${campaignTitle}\u202f». Ce reçu en confirme la réception.`,
  receiptTitle: 'Reçu de don',
  labels: {
    receiptNumber: 'Numéro de reçu',
    date: 'Date',
    campaign: 'Campagne',
    frequency: 'Type de don',
    gift: 'Don',
    feeCovered: 'Frais de traitement pris en charge',
    total: 'Total payé',
  },
  frequency: {
    once: 'Don ponctuel',
    monthly: 'Don mensuel',
  },
  dedication: {
    honour: (name: string) => `En l’honneur de ${name}`,
    memory: (name: string) => `À la mémoire de ${name}`,
  },
  messageLabel: 'Votre message',
  monthlyNote: 'Vous recevrez un reçu pour chaque prélèvement mensuel.',
  taxHeading: 'Information fiscale',
  issuedBy: (legalName: string) => `Émis par\u00a0: ${legalName}`,
  registrationNumber: (number: string) => `Numéro d’enregistrement\u00a0: ${number}`,
  thanks: (orgName: string) =>
    `Merci de soutenir le travail de ${orgName} pour la défense des droits humains.`,
  signoff: 'Avec toute notre gratitude,',
  erased: 'effacé à la demande du donateur',
  erasedLabels: { donor: 'Donateur', dedication: 'Dédicace' },
} satisfies Messages;
