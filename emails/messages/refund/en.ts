/** English is the reference: its shape is the `RefundMessages` type every language satisfies. */
export const en = {
  subject: (orgName: string) => `Your donation has been refunded – ${orgName}`,
  heading: 'Your refund',
  greeting: (donorName: string) => `Dear ${donorName},`,
  greetingAnonymous: 'Hello,',
  intro: (orgName: string, amount: string, campaignTitle: string) =>
    `${orgName} has refunded ${amount} of your donation to the “${campaignTitle}” campaign. It will reach your account within 5 to 10 days.`,
  labels: {
    refunded: 'Amount refunded',
    date: 'Date',
    kept: 'Donation kept',
  },
  voided: (number: string) => `Receipt ${number} is cancelled.`,
  reissued: (number: string, old: string) =>
    `Receipt ${number} replaces receipt ${old} for the donation kept.`,
  thanks: (orgName: string) => `Thank you for supporting ${orgName}.`,
  signoff: 'With gratitude,',
};

export type RefundMessages = typeof en;
