import type { StatementEmailMessages } from './en';

export const fr = {
  subject: (period: string, orgName: string) => `Votre relevé des dons ${period} – ${orgName}`,
  preview: (period: string) => `Vos dons de ${period}, pour votre déclaration d’impôts`,
  heading: (period: string) => `Relevé des dons ${period}`,
  greeting: (donorName: string) => `Bonjour ${donorName},`,
  greetingAnonymous: 'Bonjour,',
  intro: (orgName: string, period: string) =>
    `Merci de soutenir ${orgName}. Voici vos dons de ${period}, déduction faite des remboursements, par monnaie.`,
  labels: { gifts: 'Dons', refunded: 'Remboursés', net: 'Total' },
  none: (period: string) => `Nous n’avons aucun don de votre part en ${period}.`,
  receipts: (numbers: string) => `Reçus : ${numbers}`,
  taxHeading: 'Informations fiscales',
  signoff: 'Avec notre gratitude,',
  issuedBy: (legalName: string) => `Émis par : ${legalName}`,
  registrationNumber: (number: string) => `Numéro d’enregistrement : ${number}`,
} satisfies StatementEmailMessages;
