/** English is the reference: its shape is the `Messages` type every other language must satisfy. */
export const en = {
  subject: (receiptNumber: string, orgName: string) =>
    `Your donation receipt ${receiptNumber} – ${orgName}`,
  preview: (amount: string, orgName: string) =>
    `Thank you for your gift of ${amount} to ${orgName}`,
  heading: 'Thank you for your donation',
  greeting: (donorName: string) => `Dear ${donorName},`,
  greetingAnonymous: 'Hello,',
  intro: (orgName: string, campaignTitle: string) =>
    `${orgName} has received your donation to the “${campaignTitle}” campaign. This receipt confirms it.`,
  receiptTitle: 'Donation receipt',
  labels: {
    receiptNumber: 'Receipt number',
    date: 'Date',
    campaign: 'Campaign',
    frequency: 'Type of gift',
    gift: 'Gift',
    feeCovered: 'Processing fees you covered',
    total: 'Total paid',
  },
  frequency: {
    once: 'One-time gift',
    monthly: 'Monthly gift',
  },
  dedication: {
    honour: (name: string) => `In honour of ${name}`,
    memory: (name: string) => `In memory of ${name}`,
  },
  messageLabel: 'Your message',
  monthlyNote: 'You will receive a receipt for each monthly payment.',
  taxHeading: 'Tax information',
  issuedBy: (legalName: string) => `Issued by: ${legalName}`,
  registrationNumber: (number: string) => `Registration number: ${number}`,
  thanks: (orgName: string) =>
    `Thank you for supporting the work of ${orgName} to defend human rights.`,
  signoff: 'With gratitude,',
  erased: 'erased at the donor’s request',
  erasedLabels: { donor: 'Donor', dedication: 'Dedication' },
};

export type Messages = typeof en;
