import * as z from 'zod';
import { exponentOf, isKnownCurrency, MAXIMUM_AMOUNT, minimumAmount } from './currency';
import { invalidRequest } from './errors';

/** Form values arrive as strings: integers are checked the way Stripe words it. */
const Integer = z.string().transform((value, ctx) => {
  if (!/^-?\d+$/.test(value)) {
    ctx.addIssue({ code: 'custom', message: `Invalid integer: ${value}` });
    return z.NEVER;
  }
  return Number(value);
});

const NonNegative = Integer.refine((n) => n >= 0, 'This value must be greater than or equal to 0.');
const Positive = Integer.refine((n) => n >= 1, 'This value must be greater than or equal to 1.');

const Currency = z.string().superRefine((code, ctx) => {
  if (!/^[a-z]{3}$/.test(code)) {
    ctx.addIssue({
      code: 'custom',
      message: 'Invalid currency: use a lowercase three-letter ISO code.',
    });
  } else if (!isKnownCurrency(code)) {
    ctx.addIssue({ code: 'custom', message: `Invalid currency: ${code}` });
  }
});

/** Stripe's limits: 50 keys, keys up to 40 characters, values up to 500. `metadata=` clears. */
export const Metadata = z
  .union([z.literal('').transform(() => ({})), z.record(z.string(), z.string())])
  .refine((m) => Object.keys(m).length <= 50, 'Metadata can have at most 50 keys.')
  .refine(
    (m) => Object.keys(m).every((k) => k.length <= 40),
    'Metadata keys are limited to 40 characters.',
  )
  .refine(
    (m) => Object.values(m).every((v) => v.length <= 500),
    'Metadata values are limited to 500 characters.',
  );

const HttpUrl = z.url({ protocol: /^https?$/, error: 'Not a valid URL' });

/** Stripe's Checkout locales (Session.Locale); anything else is rejected as Stripe does. */
export const LOCALES = [
  'auto',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'en-GB',
  'es',
  'es-419',
  'et',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'hi-IN',
  'hr',
  'hu',
  'id',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sv',
  'th',
  'tr',
  'vi',
  'zh',
  'zh-HK',
  'zh-TW',
] as const;

const LineItem = z.strictObject({
  price_data: z.strictObject({
    currency: Currency,
    unit_amount: NonNegative,
    product_data: z.strictObject({
      name: z.string().min(1),
      description: z.string().optional(),
      metadata: Metadata.optional(),
    }),
    recurring: z
      .strictObject({
        interval: z.enum(['day', 'week', 'month', 'year']),
        interval_count: Positive.optional(),
      })
      .optional(),
  }),
  quantity: Positive,
});

export const SessionCreateParams = z.strictObject({
  mode: z.enum(['payment', 'setup', 'subscription']),
  line_items: z.array(LineItem).min(1),
  success_url: HttpUrl.optional(),
  cancel_url: HttpUrl.optional(),
  client_reference_id: z.string().min(1).max(200).optional(),
  metadata: Metadata.optional(),
  locale: z.enum(LOCALES).optional(),
  submit_type: z.enum(['auto', 'book', 'donate', 'pay']).optional(),
  customer_email: z.email().optional(),
  customer_creation: z.enum(['always', 'if_required']).optional(),
  billing_address_collection: z.enum(['auto', 'required']).optional(),
  payment_method_types: z.array(z.enum(['card', 'sepa_debit'])).optional(),
  ui_mode: z.literal('hosted').optional(),
  payment_intent_data: z
    .strictObject({
      metadata: Metadata.optional(),
      description: z.string().optional(),
      receipt_email: z.email().optional(),
      statement_descriptor: z.string().max(22).optional(),
      statement_descriptor_suffix: z.string().max(22).optional(),
    })
    .optional(),
  subscription_data: z
    .strictObject({
      metadata: Metadata.optional(),
      description: z.string().max(500).optional(),
    })
    .optional(),
  expires_at: Integer.optional(),
  expand: z.array(z.string()).optional(),
});
export type SessionCreateParams = z.infer<typeof SessionCreateParams>;

/** Rules that span fields, checked after the shape, with Stripe's params in the errors. */
export function checkSessionRules(params: SessionCreateParams, now: number): void {
  if (params.mode === 'setup') {
    throw invalidRequest(
      'The Haven Stripe emulator supports mode=payment and mode=subscription, not mode=setup.',
      'mode',
    );
  }
  checkModeRules(params);
  const currency = params.line_items[0]?.price_data.currency ?? 'usd';
  let total = 0;
  params.line_items.forEach((item, i) => {
    const param = `line_items[${i}][price_data]`;
    if (item.price_data.currency !== currency) {
      throw invalidRequest('All line items must use the same currency.', `${param}[currency]`);
    }
    if (exponentOf(currency) === 3 && item.price_data.unit_amount % 10 !== 0) {
      throw invalidRequest(
        `Invalid amount: ${currency.toUpperCase()} has three decimals and Stripe requires the last digit to be 0 (a multiple of 10 minor units).`,
        `${param}[unit_amount]`,
        'amount_invalid',
      );
    }
    total += item.price_data.unit_amount * item.quantity;
  });
  if (total < minimumAmount(currency)) {
    throw invalidRequest(
      `The Checkout Session's total amount due must add up to at least ${minimumAmount(currency)} minor units of ${currency} (about US$0.50).`,
      'line_items',
      'amount_too_small',
    );
  }
  if (total > MAXIMUM_AMOUNT) {
    throw invalidRequest(
      `The Checkout Session's total amount due must be no more than ${MAXIMUM_AMOUNT} minor units.`,
      'line_items',
      'amount_too_large',
    );
  }
  // Stripe only accepts an expiry between 30 minutes and 24 hours after creation.
  if (params.expires_at !== undefined) {
    if (params.expires_at < now + 30 * 60 || params.expires_at > now + 24 * 3600) {
      throw invalidRequest(
        'The `expires_at` timestamp must be between 30 minutes and 24 hours from the creation of the Checkout Session.',
        'expires_at',
      );
    }
  }
}

/** What Stripe refuses in one mode and requires in the other. */
function checkModeRules(params: SessionCreateParams): void {
  const subscription = params.mode === 'subscription';
  params.line_items.forEach((item, i) => {
    const recurring = item.price_data.recurring !== undefined;
    if (subscription && !recurring) {
      // Stripe would add a one-time item to the first invoice only; the service never asks for it.
      throw invalidRequest(
        'In subscription mode the Haven Stripe emulator needs every line item to be recurring.',
        `line_items[${i}][price_data][recurring]`,
      );
    }
    if (!subscription && recurring) {
      throw invalidRequest(
        'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.',
        `line_items[${i}][price_data][recurring]`,
      );
    }
  });
  if (subscription && params.payment_intent_data) {
    throw invalidRequest(
      '`payment_intent_data` can only be used in `payment` mode.',
      'payment_intent_data',
    );
  }
  if (subscription && params.submit_type) {
    throw invalidRequest('`submit_type` can only be used in `payment` mode.', 'submit_type');
  }
  if (!subscription && params.subscription_data) {
    throw invalidRequest(
      '`subscription_data` can only be used in `subscription` mode.',
      'subscription_data',
    );
  }
  if (subscription && params.payment_method_types?.includes('sepa_debit')) {
    throw invalidRequest(
      'The Haven Stripe emulator takes monthly gifts by card only.',
      'payment_method_types',
    );
  }
}
