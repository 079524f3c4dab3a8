import type { CardFailedMessages } from './en';

export const fr = {
  subject: (orgName: string) => `Votre don mensuel à ${orgName} n'a pas pu être prélevé`,
  heading: 'Votre carte a été refusée',
  intro: (amount: string, campaign: string) =>
    `Le prélèvement de ce mois, ${amount} pour « ${campaign} », n'a pas pu être effectué sur votre carte.`,
  howToFix:
    "Votre don continue : pour le poursuivre, indiquez une carte valide (une nouvelle carte, ou la même si elle n'était que bloquée). Le prélèvement est alors effectué aussitôt.",
  button: 'Mettre à jour ma carte',
  noAction:
    "Si vous préférez arrêter votre don mensuel, vous n'avez rien d'autre à faire pour l'instant.",
  thanks: 'Merci de votre soutien.',
} satisfies CardFailedMessages;
