import type { Messages } from './en';

export const es = {
  subject: (receiptNumber: string, orgName: string) =>
    `Su recibo de donación ${receiptNumber} – ${orgName}`,
  preview: (amount: string, orgName: string) => `Gracias por su donación de ${amount} a ${orgName}`,
  heading: 'Gracias por su donación',
  greeting: (donorName: string) => `Hola, ${donorName}:`,
  greetingAnonymous: 'Hola:',
  intro: (orgName: string, campaignTitle: string) =>
    `${orgName} ha recibido su donación para la campaña «${campaignTitle}». Este recibo lo confirma.`,
  receiptTitle: 'Recibo de donación',
  labels: {
    receiptNumber: 'Número de recibo',
    date: 'Fecha',
    campaign: 'Campaña',
    frequency: 'Tipo de donación',
    gift: 'Donación',
    feeCovered: 'Comisiones de procesamiento que usted cubrió',
    total: 'Total pagado',
  },
  frequency: {
    once: 'Donación única',
    monthly: 'Donación mensual',
  },
  dedication: {
    honour: (name: string) => `En honor a ${name}`,
    memory: (name: string) => `En memoria de ${name}`,
  },
  messageLabel: 'Su mensaje',
  monthlyNote: 'Recibirá un recibo por cada cargo mensual.',
  taxHeading: 'Información fiscal',
  issuedBy: (legalName: string) => `Emitido por: ${legalName}`,
  registrationNumber: (number: string) => `Número de registro: ${number}`,
  thanks: (orgName: string) =>
    `Gracias por apoyar el trabajo de ${orgName} en defensa de los derechos humanos.`,
  signoff: 'Con gratitud,',
  erased: 'suprimido a petición del donante',
  erasedLabels: { donor: 'Donante', dedication: 'Dedicatoria' },
} satisfies Messages;
