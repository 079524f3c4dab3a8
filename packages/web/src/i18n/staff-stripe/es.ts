import type { StripeMessages } from './en';

export const es = {
  title: 'Pagos con Stripe',
  intro:
    'Las donaciones a su organización se cobran en la propia cuenta de Stripe de la organización: el dinero es suyo desde el principio y Stripe lo transfiere a su banco.',
  status: {
    unconnected: 'Sin conectar: sus campañas aún no pueden recibir donaciones.',
    onboarding: 'Registro sin terminar: Stripe todavía necesita sus datos.',
    restricted:
      'Restringida: Stripe ha suspendido los cobros en su cuenta. Sus campañas no reciben donaciones hasta que Stripe los vuelva a activar.',
    connected: 'Conectada: sus campañas reciben donaciones en su cuenta de Stripe.',
  },
  account: 'Cuenta de Stripe',
  connect: 'Conectar con Stripe',
  continue: 'Continuar en Stripe',
  noConnect:
    'Este servicio funciona para una sola organización: las donaciones van a su cuenta de Stripe.',
  unavailableTitle: 'Stripe no está disponible',
  unavailable:
    'No se pudo contactar con Stripe. No se cambió nada: inténtelo de nuevo en un momento.',
  returned: 'De vuelta de Stripe: el estado de abajo es lo que Stripe indica ahora.',
  homeLine: (status: string) => `Stripe: ${status}`,
  homeLink: 'Gestionar los pagos con Stripe',
  short: {
    unconnected: 'sin conectar',
    onboarding: 'registro sin terminar',
    restricted: 'restringida',
    connected: 'conectada',
  },
} satisfies StripeMessages;
