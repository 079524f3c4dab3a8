import type { UpdateMessages } from './en';

export const fr = {
  subject: (title: string, orgName: string) => `${title} – ${orgName}`,
  preview: (campaignTitle: string) => `Des nouvelles de « ${campaignTitle} »`,
  kicker: (campaignTitle: string) => `Des nouvelles de la campagne « ${campaignTitle} »`,
  readOnline: 'Lire cette actualité sur notre site',
  why: (orgName: string, campaignTitle: string) =>
    `Vous recevez ce message parce que vous avez demandé à ${orgName} des nouvelles de « ${campaignTitle} » lors de votre don.`,
  unsubscribe: 'Se désabonner de ces actualités',
} satisfies UpdateMessages;
