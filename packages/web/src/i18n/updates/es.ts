import type { UpdateMessages } from './en';

export const es = {
  heading: 'Novedades',
  shownIn: (language: string) =>
    `Esta novedad no está disponible en su idioma; se muestra en ${language}.`,
  languageNames: { en: 'inglés', fr: 'francés', es: 'español', ar: 'árabe' },
  unsubscribe: {
    confirmTitle: '¿Darse de baja de estas novedades?',
    confirmBody: (campaign: string) => `Ya no recibirá por correo noticias de «${campaign}».`,
    confirm: 'Darme de baja',
    doneTitle: 'Se ha dado de baja',
    doneBody: (campaign: string) =>
      `No recibirá más novedades de «${campaign}». Los recibos de sus donaciones se siguen enviando.`,
    undo: 'Deshacer: seguir recibiendo novedades',
    undoneTitle: 'Vuelve a estar suscrito',
    undoneBody: (campaign: string) => `Recibirá las próximas novedades de «${campaign}».`,
    invalidTitle: 'Este enlace no funciona',
    invalidBody: 'Puede haber sido modificado. Use el enlace del último correo recibido.',
  },
} satisfies UpdateMessages;
