import type { Messages } from './en';
import { plural } from './plural';

export const es = {
  siteName: 'Haven',
  languageName: 'Español',
  skipToContent: 'Ir al contenido',
  chooseLanguage: 'Idioma',
  organisations: 'Organizaciones',
  openCampaigns: 'Campañas abiertas',
  noOpenCampaigns: 'No hay ninguna campaña abierta en este momento.',
  raisedOf: (raised, goal) => `${raised} recaudados de ${goal}`,
  percentFunded: (percent) => `${percent} de la meta`,
  supporters: plural({ one: '{n} donante', other: '{n} donantes' }),
  startedOn: (date) => `Iniciada el ${date}`,
  endsOn: (date) => `Termina el ${date}`,
  endedOn: (date) => `Terminó el ${date}`,
  campaignClosed: 'Esta campaña está cerrada y ya no recibe donaciones.',
  cannotTakeGiftsYet:
    'Esta organización aún no puede recibir donaciones en línea: su cuenta de pagos no está lista. Vuelva pronto.',
  otherTotals: 'También recaudado',
  story: 'La historia',
  donate: {
    heading: 'Donar a esta campaña',
    frequency: 'Frecuencia',
    once: 'Una vez',
    monthly: 'Cada mes',
    currency: 'Moneda',
    amount: 'Importe',
    customAmount: 'Otro importe',
    coverFee:
      'Añadir un poco para cubrir la comisión de pago, para que la donación llegue entera a la organización',
    anonymous: 'Donar de forma anónima: su nombre nunca se muestra en público',
    dedication: 'Dedicar esta donación',
    dedicationNone: 'Sin dedicatoria',
    dedicationHonour: 'En honor de',
    dedicationMemory: 'En memoria de',
    dedicationName: 'Nombre de la persona',
    message: 'Un mensaje para la organización (opcional)',
    updatesOptIn: 'Enviarme por correo novedades de esta campaña',
    submit: 'Continuar al pago',
    notConfiguredTitle: 'Gracias: su donación aún no se ha cobrado',
    notConfigured:
      'Los pagos en línea aún no están configurados en este servicio, así que no se ha cobrado nada. Inténtelo más tarde.',
    backToCampaign: 'Volver a la campaña',
    errorsTitle: 'Revise el formulario',
  },
  errors: {
    amountRequired: 'Elija o escriba un importe.',
    amountInvalid: 'Escriba un importe como 25 o 25,50.',
    amountTooSmall: (min) => `La donación mínima es de ${min}.`,
    amountTooLarge: (max) => `La donación máxima en línea es de ${max}.`,
    amountStep: 'Esta moneda admite importes en pasos de 0,010.',
    currencyNotAccepted: 'Esta campaña no acepta esa moneda.',
    dedicationNameRequired: 'Escriba el nombre de la persona a quien dedica la donación.',
    tooLong: (max) => `Use como máximo ${max} caracteres.`,
    invalid: 'Este valor no es válido.',
  },
  checkout: {
    feeCoverLine: 'Comisión de pago cubierta por el donante',
    languageNoticeTitle: 'La página de pago está en inglés',
    languageNotice:
      'Nuestro proveedor de pagos no ofrece su página en su idioma, así que se mostrará en inglés. Su recibo estará en su idioma.',
    continue: 'Continuar a la página de pago segura',
    unavailable:
      'El servicio de pago no responde en este momento. No se ha cobrado nada; inténtelo de nuevo en unos minutos.',
  },
  thanks: {
    receivedTitle: '¡Gracias! Hemos recibido su donación',
    received: (amount) =>
      `Hemos recibido su donación de ${amount}. Le enviamos el recibo por correo.`,
    processingTitle: '¡Gracias! Su pago se está procesando',
    processing:
      'Su banco está procesando el pago. Puede tardar unos días; le enviaremos el recibo cuando se confirme.',
    failedTitle: 'El pago no se completó',
    failed:
      'Su banco no completó el pago y no se ha cobrado nada. Puede intentarlo de nuevo con otro método.',
    notCompletedTitle: 'Su donación no se completó',
    notCompleted: 'El pago no se completó y no se ha cobrado nada.',
    tryAgain: 'Intentar de nuevo',
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'No encontramos esta página. Puede que la campaña haya cambiado de dirección o terminado.',
    home: 'Ver todas las organizaciones',
  },
  guard: {
    title: 'Tu donación no se envió',
    back: 'Volver a la campaña',
    tooLarge:
      'El formulario envió más de lo que esta página acepta. No se ha cobrado nada; vuelve atrás e inténtalo de nuevo.',
    unsupported:
      'El formulario se envió de una forma que esta página no acepta. No se ha cobrado nada; vuelve atrás e inténtalo de nuevo.',
    formExpired:
      'Este formulario ha caducado o se envió desde otro sitio. No se ha cobrado nada; vuelve a la campaña e inténtalo de nuevo.',
    notSent:
      'No se pudo enviar el formulario. No se ha cobrado nada; vuelve atrás e inténtalo de nuevo.',
    challengeFailed:
      'No pudimos confirmar que una persona envió este formulario. No se ha cobrado nada; vuelve atrás e inténtalo de nuevo.',
    rateLimited:
      'Hubo muchos intentos desde tu conexión en poco tiempo. No se ha cobrado nada; espera unos minutos e inténtalo de nuevo.',
    busy: 'Mucha gente está donando en este momento. No se ha cobrado nada; espera un minuto e inténtalo de nuevo.',
    honeypot: 'Deja este campo vacío',
  },
  footer:
    'Las donaciones se procesan de forma segura con Stripe. Aquí no se guarda ningún dato de tarjeta.',
} satisfies Messages;
