/** Statements in the donor's own space (English, the reference). */
export const en = {
  title: 'Yearly statements',
  intro:
    'A statement of your gifts of a year to one organisation, net of refunds, with its tax wording: we email it to you.',
  organisation: 'Organisation',
  year: 'Year',
  send: 'Email me the statement',
  sent: 'Your statement is on its way to your inbox.',
  bad: 'Choose one of the organisations and years listed.',
};
export type DonorStatementMessages = typeof en;
