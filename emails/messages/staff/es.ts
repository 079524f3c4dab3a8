import type { StaffMessages } from './en';

export const es = {
  signInSubject: (orgName: string) => `Su enlace de acceso a ${orgName}`,
  signInHeading: 'Acceder a Haven',
  signInIntro: (orgName: string) =>
    `Alguien (esperamos que usted) pidió acceder a las páginas del equipo de ${orgName} con esta dirección.`,
  inviteSubject: (orgName: string) => `Le invitan a unirse a ${orgName} en Haven`,
  inviteHeading: 'Tiene una invitación',
  inviteIntro: (orgName: string, role: string) =>
    `Le invitan a unirse al equipo de ${orgName} con el rol ${role}.`,
  button: 'Abrir la página de acceso',
  validity: (minutes: number) =>
    `El enlace sirve una sola vez, durante ${minutes} minutos. Abre una página donde confirma el acceso.`,
  validityDays: (days: number) => `El enlace sirve una sola vez, durante ${days} días.`,
  ignore: 'Si no lo pidió, ignore este correo: nadie puede acceder sin el enlace.',
  roles: {
    owner: 'propietario',
    fundraiser: 'recaudación',
    finance: 'finanzas',
    viewer: 'lectura',
  },
} satisfies StaffMessages;
