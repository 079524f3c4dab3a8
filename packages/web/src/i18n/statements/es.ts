import type { StatementMessages } from './en';

export const es = {
  title: (year: number) => `Certificado de donaciones ${year}`,
  intro: (name: string, year: number) =>
    `${name}, gracias. Estas son sus donaciones de ${year}, descontados los reembolsos, por moneda.`,
  currency: 'Moneda',
  gifts: 'Donaciones',
  refunded: 'Reembolsado',
  net: 'Total',
  receipts: 'Recibos',
  none: (year: number) => `Ninguna donación en ${year}.`,
  registration: 'Número de registro',
  print: 'Imprima esta página o guárdela como PDF desde su navegador.',
} satisfies StatementMessages;
