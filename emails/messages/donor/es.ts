import type { DonorMessages } from './en';

export const es = {
  subject: 'Su enlace a sus donativos',
  heading: 'Sus donativos y recibos',
  intro:
    'Alguien (esperamos que usted) pidió un enlace a los donativos hechos con esta dirección: recibos, donativos mensuales, correos que recibe y sus datos personales.',
  button: 'Abrir mi espacio de donante',
  validity: (minutes: number) =>
    `El enlace sirve una sola vez, durante ${minutes} minutos. Abre una página donde confirma con un botón.`,
  ignore: 'Si no lo pidió, ignore este correo: nadie puede abrir su espacio sin el enlace.',
} satisfies DonorMessages;
