/** The yearly statement's words, in the donor's language (English, the reference). */
export const en = {
  title: (period: string) => `Statement of gifts, ${period}`,
  intro: (name: string, period: string) =>
    `${name}, thank you. Here are your gifts of ${period}, less any refund, per currency.`,
  currency: 'Currency',
  gifts: 'Gifts',
  refunded: 'Refunded',
  net: 'Total',
  receipts: 'Receipts',
  none: (period: string) => `No gift in ${period}.`,
  registration: 'Registration number',
  print: 'Print this page or save it as PDF from your browser.',
};
export type StatementMessages = typeof en;
