/** Public strings of updates and unsubscribing; English is the reference type. */
export const en = {
  heading: 'Updates',
  shownIn: (language: string) =>
    `This update is not available in your language; shown in ${language}.`,
  languageNames: { en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic' },
  unsubscribe: {
    confirmTitle: 'Unsubscribe from these updates?',
    confirmBody: (campaign: string) => `You will no longer receive news of “${campaign}” by email.`,
    confirm: 'Unsubscribe',
    doneTitle: 'You are unsubscribed',
    doneBody: (campaign: string) =>
      `You will receive no more updates of “${campaign}”. Receipts for your gifts are still sent.`,
    undo: 'Undo: keep receiving updates',
    undoneTitle: 'You are subscribed again',
    undoneBody: (campaign: string) => `You will receive the next updates of “${campaign}”.`,
    invalidTitle: 'This link does not work',
    invalidBody: 'It may have been altered. Use the link in the latest email you received.',
  },
};
export type UpdateMessages = typeof en;
