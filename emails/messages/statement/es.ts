import type { StatementEmailMessages } from './en';

export const es = {
  subject: (period: string, orgName: string) =>
    `Su certificado de donaciones ${period} – ${orgName}`,
  preview: (period: string) => `Sus donaciones de ${period}, para su declaración de impuestos`,
  heading: (period: string) => `Certificado de donaciones ${period}`,
  greeting: (donorName: string) => `Estimado/a ${donorName}:`,
  greetingAnonymous: 'Hola:',
  intro: (orgName: string, period: string) =>
    `Gracias por apoyar a ${orgName}. Estas son sus donaciones de ${period}, descontados los reembolsos, por moneda.`,
  labels: { gifts: 'Donaciones', refunded: 'Reembolsado', net: 'Total' },
  none: (period: string) => `No tenemos ninguna donación suya en ${period}.`,
  receipts: (numbers: string) => `Recibos: ${numbers}`,
  taxHeading: 'Información fiscal',
  signoff: 'Con gratitud,',
  issuedBy: (legalName: string) => `Emitido por: ${legalName}`,
  registrationNumber: (number: string) => `Número de registro: ${number}`,
} satisfies StatementEmailMessages;
