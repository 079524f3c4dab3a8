import type { UpdateMessages } from './en';

export const es = {
  subject: (title: string, orgName: string) => `${title} – ${orgName}`,
  preview: (campaignTitle: string) => `Novedades de «${campaignTitle}»`,
  kicker: (campaignTitle: string) => `Novedades de la campaña «${campaignTitle}»`,
  readOnline: 'Leer esta novedad en nuestro sitio',
  why: (orgName: string, campaignTitle: string) =>
    `Recibe este mensaje porque pidió a ${orgName} novedades de «${campaignTitle}» al hacer su donación.`,
  unsubscribe: 'Darse de baja de estas novedades',
} satisfies UpdateMessages;
