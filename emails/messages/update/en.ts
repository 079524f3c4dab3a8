/** English is the reference: its shape is the type every other language must satisfy. */
export const en = {
  subject: (title: string, orgName: string) => `${title} – ${orgName}`,
  preview: (campaignTitle: string) => `News of “${campaignTitle}”`,
  kicker: (campaignTitle: string) => `News of the “${campaignTitle}” campaign`,
  readOnline: 'Read this update on our site',
  why: (orgName: string, campaignTitle: string) =>
    `You receive this because you asked ${orgName} for news of “${campaignTitle}” when you gave.`,
  unsubscribe: 'Unsubscribe from these updates',
};
export type UpdateMessages = typeof en;
