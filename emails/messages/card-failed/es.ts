import type { CardFailedMessages } from './en';

export const es = {
  subject: (orgName: string) => `No se pudo cobrar tu donación mensual a ${orgName}`,
  heading: 'Tu tarjeta fue rechazada',
  intro: (amount: string, campaign: string) =>
    `No se pudo cargar en tu tarjeta la cuota de este mes, ${amount} para «${campaign}».`,
  howToFix:
    'Tu donación sigue activa: para mantenerla, indica una tarjeta válida (una nueva, o la misma si solo estaba bloqueada). La cuota se cobrará en ese momento.',
  button: 'Actualizar mi tarjeta',
  noAction: 'Si prefieres dejar de donar cada mes, por ahora no tienes que hacer nada más.',
  thanks: 'Gracias por tu apoyo.',
} satisfies CardFailedMessages;
