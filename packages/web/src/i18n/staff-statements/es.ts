import type { StatementSendMessages } from './en';

export const es = {
  period: (label: string) => `Periodo: ${label}`,
  sendOne: 'Enviar este certificado al donante por correo',
  sentOne: 'El certificado va camino del donante, en su idioma.',
  bulkTitle: 'Enviar a cada donante su certificado',
  bulkIntro: (label: string) =>
    `Cada persona que donó en ${label} recibe un correo con su certificado, en su idioma. Un nuevo envío solo llega a quienes aún no lo recibieron. Los donantes borrados y las donaciones sin dirección no reciben nada.`,
  bulkSend: 'Enviar a todos los donantes',
  bulkQueued: 'El envío ha comenzado: las cifras de abajo crecen a medida que salen los correos.',
  counts: (c: { queued: number; sent: number; failed: number }) =>
    `${c.queued} en cola, ${c.sent} enviados, ${c.failed} no enviados`,
  notYet: 'Aún no enviado a todos los donantes.',
  noGift: 'Esta dirección no donó nada ese año: no se envió ningún certificado.',
  badYear: 'Elija un año entre 2000 y 2100.',
} satisfies StatementSendMessages;
