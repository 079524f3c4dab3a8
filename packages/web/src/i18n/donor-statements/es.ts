import type { DonorStatementMessages } from './en';

export const es = {
  title: 'Certificados anuales',
  intro:
    'El certificado de sus donaciones de un año a una organización, descontados los reembolsos, con su texto fiscal: se lo enviamos por correo.',
  organisation: 'Organización',
  year: 'Año',
  send: 'Enviarme el certificado',
  sent: 'Su certificado va camino de su bandeja de entrada.',
  bad: 'Elija una de las organizaciones y años propuestos.',
} satisfies DonorStatementMessages;
