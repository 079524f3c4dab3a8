import {
  type Campaign,
  checkGiftAmount,
  type DonationRequest,
  FreeText,
  formatMoney,
  giftLimits,
  type Locale,
  parseMajorUnits,
} from '@haven/core';
import * as z from 'zod';
import type { Messages } from './i18n';

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal('1')])
  .optional()
  .transform((value) => value !== undefined);
const text = (max: number, options: { multiline?: boolean } = {}) =>
  FreeText(max, options)
    .optional()
    .transform((value) => (value ? value : undefined));

/** The donation form's fields, as the browser posts them (strings, checkboxes present or not). */
export const DonationFormFields = z.object({
  frequency: z.enum(['once', 'monthly']).default('once'),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((code) => code.toUpperCase()),
  amount: z.string().max(20).optional(),
  customAmount: z.string().max(20).optional(),
  coverFee: checkbox,
  anonymous: checkbox,
  dedicationKind: z.enum(['none', 'honour', 'memory']).default('none'),
  dedicationName: text(100),
  message: text(500, { multiline: true }),
  updatesOptIn: checkbox,
});
export type DonationFormFields = z.infer<typeof DonationFormFields>;

export type FieldErrors = Partial<
  Record<'amount' | 'currency' | 'dedicationName' | 'message' | 'form', string>
>;

export type DonationFormResult =
  | { ok: true; request: DonationRequest }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

/**
 * Validates a posted donation form against the campaign, with messages in the visitor's language.
 * The amount is computed here from what was chosen; nothing the client says about totals is used.
 */
export function parseDonationForm(
  body: Record<string, string>,
  campaign: Campaign,
  locale: Locale,
  t: Messages,
  intlLocale: string,
): DonationFormResult {
  const parsed = DonationFormFields.safeParse(body);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'message') errors.message = t.errors.tooLong(500);
      else if (field === 'dedicationName') errors.dedicationName = t.errors.tooLong(100);
      else if (field === 'currency') errors.currency = t.errors.currencyNotAccepted;
      else if (field === 'amount' || field === 'customAmount')
        errors.amount = t.errors.amountInvalid;
      else errors.form = t.errors.invalid;
    }
    return { ok: false, errors, values: body };
  }
  const fields = parsed.data;
  const errors: FieldErrors = {};
  const amount = chosenAmount(fields, intlLocale);
  if (amount === 'missing') errors.amount = t.errors.amountRequired;
  else if (amount === 'invalid') errors.amount = t.errors.amountInvalid;
  else {
    const problem = checkGiftAmount(amount, fields.currency, campaign.currencies);
    const { min, max } = giftLimits(fields.currency);
    const money = (value: number) =>
      formatMoney({ amount: value, currency: fields.currency }, intlLocale);
    if (problem === 'currency_not_accepted') errors.currency = t.errors.currencyNotAccepted;
    else if (problem === 'too_small') errors.amount = t.errors.amountTooSmall(money(min));
    else if (problem === 'too_large') errors.amount = t.errors.amountTooLarge(money(max));
    else if (problem === 'step') errors.amount = t.errors.amountStep;
  }
  if (fields.dedicationKind !== 'none' && !fields.dedicationName) {
    errors.dedicationName = t.errors.dedicationNameRequired;
  }
  if (Object.keys(errors).length > 0 || typeof amount !== 'number') {
    return { ok: false, errors, values: body };
  }
  return {
    ok: true,
    request: {
      frequency: fields.frequency,
      amount,
      currency: fields.currency,
      coverFee: fields.coverFee,
      anonymous: fields.anonymous,
      dedication:
        fields.dedicationKind !== 'none' && fields.dedicationName
          ? { kind: fields.dedicationKind, name: fields.dedicationName }
          : undefined,
      message: fields.message,
      updatesOptIn: fields.updatesOptIn,
      locale,
    },
  };
}

/** A typed custom amount wins over a suggested one; suggested values are already minor units. */
function chosenAmount(
  fields: DonationFormFields,
  intlLocale: string,
): number | 'missing' | 'invalid' {
  if (fields.customAmount?.trim()) {
    return parseMajorUnits(fields.customAmount, fields.currency, intlLocale) ?? 'invalid';
  }
  if (!fields.amount || fields.amount === 'custom') return 'missing';
  return /^\d{1,9}$/.test(fields.amount) ? Number(fields.amount) : 'invalid';
}
