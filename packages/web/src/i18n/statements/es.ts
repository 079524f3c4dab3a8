import type { StatementMessages } from './en';

export const es = {
  title: (period: string) => `Certificado de donaciones ${period}`,
  intro: (name: string, period: string) =>
    `${name}, gracias. Estas son sus donaciones de ${period}, descontados los reembolsos, por moneda.`,
  currency: 'Moneda',
  gifts: 'Donaciones',
  refunded: 'Reembolsado',
  net: 'Total',
  receipts: 'Recibos',
  none: (period: string) => `Ninguna donación en ${period}.`,
  registration: 'Número de registro',
  print: 'Imprima esta página o guárdela como PDF desde su navegador.',
} satisfies StatementMessages;
