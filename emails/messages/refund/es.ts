import type { RefundMessages } from './en';

export const es = {
  subject: (orgName: string) => `Tu donación ha sido reembolsada – ${orgName}`,
  heading: 'Tu reembolso',
  greeting: (donorName: string) => `Estimado/a ${donorName}:`,
  greetingAnonymous: 'Hola:',
  intro: (orgName: string, amount: string, campaignTitle: string) =>
    `${orgName} te ha reembolsado ${amount} de tu donación a la campaña «${campaignTitle}». Llegará a tu cuenta en un plazo de 5 a 10 días.`,
  labels: {
    refunded: 'Importe reembolsado',
    date: 'Fecha',
    kept: 'Donación conservada',
  },
  voided: (number: string) => `El recibo ${number} queda anulado.`,
  reissued: (number: string, old: string) =>
    `El recibo ${number} sustituye al recibo ${old} por la donación conservada.`,
  thanks: (orgName: string) => `Gracias por apoyar a ${orgName}.`,
  signoff: 'Con gratitud,',
} satisfies RefundMessages;
