/** The failed-instalment email's words; English is the reference the others satisfy. */
export const en = {
  subject: (orgName: string) => `Your monthly gift to ${orgName} could not be paid`,
  heading: 'Your card was declined',
  intro: (amount: string, campaign: string) =>
    `This month's instalment of ${amount} for “${campaign}” could not be taken from your card.`,
  howToFix:
    'Your gift continues: to keep it going, enter a card that works (a new card, or the same one if it was only blocked). The instalment is then taken at once.',
  button: 'Update my card',
  noAction: 'If you would rather stop giving monthly, you need do nothing else for now.',
  thanks: 'Thank you for your support.',
};
export type CardFailedMessages = typeof en;
