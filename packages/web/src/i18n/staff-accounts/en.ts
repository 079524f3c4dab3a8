/** The chart of accounts page (English, the reference). */
export const en = {
  title: 'Chart of accounts',
  intro:
    'Give each account the number and name it has in your own books: the ledger page and the journal export show them. An empty name brings back the default names, in every language.',
  code: 'Account',
  defaultName: 'Default name',
  number: 'Number',
  name: 'Your name for it',
  save: 'Save the names',
  saved: 'The accounts are renamed.',
  invalid:
    'Each name must be at most 80 characters, and each number 1 to 20 characters. Nothing was changed.',
  conflict: 'Someone renamed these accounts meanwhile: here they are now. Nothing was changed.',
  link: 'Rename the accounts',
};
export type AccountMessages = typeof en;
