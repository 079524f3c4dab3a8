import type { StaffMessages } from './en';

export const fr = {
  signInSubject: (orgName: string) => `Votre lien de connexion pour ${orgName}`,
  signInHeading: 'Connexion à Haven',
  signInIntro: (orgName: string) =>
    `Quelqu’un (vous, nous l’espérons) a demandé à se connecter aux pages d’équipe de ${orgName} avec cette adresse.`,
  inviteSubject: (orgName: string) => `Vous êtes invité·e à rejoindre ${orgName} sur Haven`,
  inviteHeading: 'Vous êtes invité·e',
  inviteIntro: (orgName: string, role: string) =>
    `Vous êtes invité·e à rejoindre l’équipe de ${orgName} avec le rôle ${role}.`,
  button: 'Ouvrir la page de connexion',
  validity: (minutes: number) =>
    `Le lien ne sert qu’une fois, dans les ${minutes} minutes. Il ouvre une page où vous confirmez la connexion.`,
  validityDays: (days: number) => `Le lien ne sert qu’une fois, dans les ${days} jours.`,
  ignore:
    'Si vous ne l’avez pas demandé, ignorez ce message : personne ne peut se connecter sans le lien.',
  roles: { owner: 'propriétaire', fundraiser: 'collecte', finance: 'finances', viewer: 'lecture' },
} satisfies StaffMessages;
