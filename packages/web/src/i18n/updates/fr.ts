import type { UpdateMessages } from './en';

export const fr = {
  heading: 'Actualités',
  shownIn: (language: string) =>
    `Cette actualité n’existe pas dans votre langue ; elle est affichée en ${language}.`,
  languageNames: { en: 'anglais', fr: 'français', es: 'espagnol', ar: 'arabe' },
  unsubscribe: {
    confirmTitle: 'Vous désabonner de ces actualités ?',
    confirmBody: (campaign: string) =>
      `Vous ne recevrez plus par email les nouvelles de « ${campaign} ».`,
    confirm: 'Me désabonner',
    doneTitle: 'Vous êtes désabonné·e',
    doneBody: (campaign: string) =>
      `Vous ne recevrez plus les actualités de « ${campaign} ». Les reçus de vos dons vous sont toujours envoyés.`,
    undo: 'Annuler : continuer à recevoir les actualités',
    undoneTitle: 'Vous êtes à nouveau abonné·e',
    undoneBody: (campaign: string) => `Vous recevrez les prochaines actualités de « ${campaign} ».`,
    invalidTitle: 'Ce lien ne fonctionne pas',
    invalidBody: 'Il a peut-être été modifié. Utilisez le lien du dernier email reçu.',
  },
} satisfies UpdateMessages;
