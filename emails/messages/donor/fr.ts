import type { DonorMessages } from './en';

export const fr = {
  subject: 'Votre lien vers vos dons',
  heading: 'Vos dons et vos reçus',
  intro:
    'Quelqu’un (vous, espérons-le) a demandé un lien vers les dons faits avec cette adresse : reçus, dons mensuels, e-mails que vous recevez et vos données personnelles.',
  button: 'Ouvrir mon espace donateur',
  validity: (minutes: number) =>
    `Le lien sert une seule fois, pendant ${minutes} minutes. Il ouvre une page où vous confirmez d’un bouton.`,
  ignore:
    'Si vous ne l’avez pas demandé, ignorez cet e-mail : personne n’ouvre votre espace sans le lien.',
} satisfies DonorMessages;
