/** The yearly statement's words, in the donor's language (English, the reference). */
export const en = {
  title: (year: number) => `Statement of gifts, ${year}`,
  intro: (name: string, year: number) =>
    `${name}, thank you. Here are your gifts of ${year}, less any refund, per currency.`,
  currency: 'Currency',
  gifts: 'Gifts',
  refunded: 'Refunded',
  net: 'Total',
  receipts: 'Receipts',
  none: (year: number) => `No gift in ${year}.`,
  registration: 'Registration number',
  print: 'Print this page or save it as PDF from your browser.',
};
export type StatementMessages = typeof en;
