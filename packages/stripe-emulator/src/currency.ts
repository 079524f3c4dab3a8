/** Stripe's zero-decimal currencies: amounts are whole units. https://docs.stripe.com/currencies */
const ZERO_DECIMAL = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

/** Three-decimal currencies: Stripe takes thousandths but requires the last digit to be 0. */
export const THREE_DECIMAL = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);

export function exponentOf(currency: string): 0 | 2 | 3 {
  if (ZERO_DECIMAL.has(currency)) return 0;
  if (THREE_DECIMAL.has(currency)) return 3;
  return 2;
}

const ISO_CODES = new Set(Intl.supportedValuesOf('currency').map((code) => code.toLowerCase()));

export const isKnownCurrency = (currency: string): boolean => ISO_CODES.has(currency);

/**
 * Minimum charge in minor units. Stripe's published table where it has one; for the others
 * (notably the three-decimal currencies used in the Arabic-speaking world) roughly US$0.50 at
 * recent rates, rounded up to a valid amount. Currencies not listed only need to be positive:
 * real Stripe converts them to the settlement currency, which an offline emulator cannot do.
 */
const MINIMUM: Record<string, number> = {
  usd: 50,
  aed: 200,
  aud: 50,
  bgn: 100,
  brl: 50,
  cad: 50,
  chf: 50,
  czk: 1500,
  dkk: 250,
  eur: 50,
  gbp: 30,
  hkd: 400,
  huf: 17500,
  inr: 50,
  jpy: 50,
  mxn: 1000,
  myr: 200,
  nok: 300,
  nzd: 50,
  pln: 200,
  ron: 200,
  sek: 300,
  sgd: 50,
  thb: 1000,
  bhd: 200,
  jod: 400,
  kwd: 200,
  omr: 200,
  tnd: 1600,
  egp: 2500,
  mad: 500,
  sar: 200,
  qar: 200,
  ils: 200,
  try: 2000,
  krw: 700,
};

export const minimumAmount = (currency: string): number => MINIMUM[currency] ?? 1;

/** Stripe caps amounts at eight digits of minor units. */
export const MAXIMUM_AMOUNT = 99_999_999;
