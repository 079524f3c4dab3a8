/** English is the reference: its shape is the `StatementEmailMessages` type every language satisfies. */
export const en = {
  subject: (period: string, orgName: string) => `Your statement of gifts, ${period} – ${orgName}`,
  preview: (period: string) => `Your gifts of ${period}, for your tax return`,
  heading: (period: string) => `Statement of gifts, ${period}`,
  greeting: (donorName: string) => `Dear ${donorName},`,
  greetingAnonymous: 'Hello,',
  intro: (orgName: string, period: string) =>
    `Thank you for supporting ${orgName}. Here are your gifts of ${period}, less any refund, per currency.`,
  labels: { gifts: 'Gifts', refunded: 'Refunded', net: 'Total' },
  none: (period: string) => `We have no gift from you in ${period}.`,
  receipts: (numbers: string) => `Receipts: ${numbers}`,
  taxHeading: 'Tax information',
  signoff: 'With gratitude,',
  issuedBy: (legalName: string) => `Issued by: ${legalName}`,
  registrationNumber: (number: string) => `Registration number: ${number}`,
};

export type StatementEmailMessages = typeof en;
