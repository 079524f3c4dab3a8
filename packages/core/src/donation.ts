import * as z from 'zod';
import { FreeText } from './free-text';
import { Locale } from './locale';
import { minorUnitExponent, minorUnitStep } from './money';

export const Frequency = z.enum(['once', 'monthly']);
export type Frequency = z.infer<typeof Frequency>;

export const Dedication = z.object({
  kind: z.enum(['honour', 'memory']),
  name: FreeText(100).pipe(z.string().min(1)),
});
export type Dedication = z.infer<typeof Dedication>;

/** What a supporter asks to give, once validated: the amount is the gift, before any fee cover. */
export const DonationRequest = z.object({
  frequency: Frequency,
  amount: z.number().int().positive(),
  currency: z.string().length(3),
  coverFee: z.boolean(),
  anonymous: z.boolean(),
  dedication: Dedication.optional(),
  message: FreeText(500, { multiline: true }).optional(),
  updatesOptIn: z.boolean(),
  locale: Locale,
});
export type DonationRequest = z.infer<typeof DonationRequest>;

/**
 * Smallest and largest online gift, in minor units. The floor keeps a gift above Stripe's
 * minimum charge and its fixed fee; the ceiling is far below Stripe's 99,999,999 limit and asks
 * large donors to give by bank transfer, where fees are lower.
 */
export function giftLimits(currency: string): { min: number; max: number } {
  const code = currency.toUpperCase();
  const zeroDecimal = ZERO_DECIMAL_LIMITS[code];
  if (zeroDecimal) return zeroDecimal;
  const exponent = minorUnitExponent(code);
  // Zero-decimal currencies without an entry: at least 1 000 units, above any Stripe minimum.
  if (exponent === 0) return { min: 1_000, max: 30_000_000 };
  const unit = 10 ** exponent;
  return { min: unit, max: 25_000 * unit };
}

/** Zero-decimal currencies, where one unit is worth little: about US$0.70 to US$20 000. */
const ZERO_DECIMAL_LIMITS: Record<string, { min: number; max: number }> = {
  JPY: { min: 100, max: 3_000_000 },
  KRW: { min: 1_000, max: 30_000_000 },
  CLP: { min: 700, max: 20_000_000 },
  XOF: { min: 500, max: 12_000_000 },
  XAF: { min: 500, max: 12_000_000 },
  VND: { min: 20_000, max: 500_000_000 },
  UGX: { min: 3_000, max: 75_000_000 },
};

export type GiftAmountProblem = 'currency_not_accepted' | 'too_small' | 'too_large' | 'step';

/** Why an amount can't be given in this currency to a campaign taking `accepted`, if it can't. */
export function checkGiftAmount(
  amount: number,
  currency: string,
  accepted: readonly string[],
): GiftAmountProblem | undefined {
  if (!accepted.includes(currency)) return 'currency_not_accepted';
  const { min, max } = giftLimits(currency);
  if (amount < min) return 'too_small';
  if (amount > max) return 'too_large';
  if (amount % minorUnitStep(currency) !== 0) return 'step';
  return undefined;
}
