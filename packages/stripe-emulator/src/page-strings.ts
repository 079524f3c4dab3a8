/**
 * The checkout page's few strings. Stripe's hosted Checkout has no Arabic, so like Stripe the
 * page offers English, French and Spanish here and falls back to English for anything else.
 */
const en = {
  subscribe: 'Subscribe',
  perMonth: 'per month',
  portalTitle: 'Your monthly gift',
  updateCard: 'Update your card',
  saveCard: 'Save card',
  cardSaved: 'Your card is updated.',
  back: 'Return',
  portalNotFound: 'This portal session does not exist.',
  testMode: 'Test mode — Haven Stripe emulator',
  total: 'Total',
  email: 'Email',
  method: 'Payment method',
  card: 'Card',
  cardNumber: 'Card number',
  sepa: 'SEPA Direct Debit',
  iban: 'IBAN',
  name: 'Name',
  pay: 'Pay',
  donate: 'Donate',
  book: 'Book',
  cancel: 'Cancel and go back',
  expired: 'This checkout session has expired.',
  complete: 'This payment is complete. You can close this page.',
  notFound: 'This checkout session does not exist.',
  card_declined: 'Your card was declined.',
  insufficient_funds: 'Your card has insufficient funds.',
  expired_card: 'Your card has expired.',
  incorrect_number: 'Your card number is incorrect.',
  email_invalid: 'Enter a valid email address.',
};
export type PageStrings = typeof en;

const fr: PageStrings = {
  subscribe: "S'abonner",
  perMonth: 'par mois',
  portalTitle: 'Votre don mensuel',
  updateCard: 'Mettre à jour votre carte',
  saveCard: 'Enregistrer la carte',
  cardSaved: 'Votre carte est mise à jour.',
  back: 'Revenir',
  portalNotFound: "Cette session de portail n'existe pas.",
  testMode: 'Mode test — émulateur Stripe de Haven',
  total: 'Total',
  email: 'E-mail',
  method: 'Moyen de paiement',
  card: 'Carte',
  cardNumber: 'Numéro de carte',
  sepa: 'Prélèvement SEPA',
  iban: 'IBAN',
  name: 'Nom',
  pay: 'Payer',
  donate: 'Faire un don',
  book: 'Réserver',
  cancel: 'Annuler et revenir',
  expired: 'Cette session de paiement a expiré.',
  complete: 'Ce paiement est terminé. Vous pouvez fermer cette page.',
  notFound: "Cette session de paiement n'existe pas.",
  card_declined: 'Votre carte a été refusée.',
  insufficient_funds: 'Votre carte ne dispose pas de fonds suffisants.',
  expired_card: 'Votre carte a expiré.',
  incorrect_number: 'Votre numéro de carte est incorrect.',
  email_invalid: 'Saisissez une adresse e-mail valide.',
};

const es: PageStrings = {
  subscribe: 'Suscribirse',
  perMonth: 'al mes',
  portalTitle: 'Tu donación mensual',
  updateCard: 'Actualiza tu tarjeta',
  saveCard: 'Guardar tarjeta',
  cardSaved: 'Tu tarjeta está actualizada.',
  back: 'Volver',
  portalNotFound: 'Esta sesión del portal no existe.',
  testMode: 'Modo de prueba — emulador de Stripe de Haven',
  total: 'Total',
  email: 'Correo electrónico',
  method: 'Método de pago',
  card: 'Tarjeta',
  cardNumber: 'Número de tarjeta',
  sepa: 'Adeudo directo SEPA',
  iban: 'IBAN',
  name: 'Nombre',
  pay: 'Pagar',
  donate: 'Donar',
  book: 'Reservar',
  cancel: 'Cancelar y volver',
  expired: 'Esta sesión de pago ha caducado.',
  complete: 'Este pago se ha completado. Puedes cerrar esta página.',
  notFound: 'Esta sesión de pago no existe.',
  card_declined: 'Tu tarjeta ha sido rechazada.',
  insufficient_funds: 'Tu tarjeta no tiene fondos suficientes.',
  expired_card: 'Tu tarjeta ha caducado.',
  incorrect_number: 'El número de tu tarjeta es incorrecto.',
  email_invalid: 'Introduce una dirección de correo electrónico válida.',
};

const BY_LANGUAGE: Record<string, PageStrings> = { en, fr, es };

export type PageLocale = { tag: string; strings: PageStrings };

/**
 * The session's locale, or for `auto`/none the browser's first Accept-Language tag. The regional
 * tag (`fr-CA`, `es-419`) is kept for number formatting; unsupported languages become `en`.
 */
export function resolvePageLocale(
  sessionLocale: string | null,
  acceptLanguage?: string,
): PageLocale {
  const wanted =
    sessionLocale && sessionLocale !== 'auto'
      ? sessionLocale
      : (acceptLanguage?.split(',')[0]?.split(';')[0]?.trim() ?? 'en');
  const language = wanted.split('-')[0]?.toLowerCase() ?? 'en';
  const strings = BY_LANGUAGE[language];
  return strings ? { tag: wanted, strings } : { tag: 'en', strings: en };
}

/** A payment error in the page's language when it is one we know, else Stripe's English text. */
export function errorText(
  strings: PageStrings,
  code: string | undefined,
  fallback: string,
): string {
  switch (code) {
    case 'card_declined':
    case 'insufficient_funds':
    case 'expired_card':
    case 'incorrect_number':
    case 'email_invalid':
      return strings[code];
    default:
      return fallback;
  }
}
