import { StripeApiError } from './errors';
import type { PaymentMethodUsed } from './objects/payment-method';

/**
 * Stripe's test card numbers and SEPA test IBANs, and what paying with each one does.
 * https://docs.stripe.com/testing
 */
export type Instrument =
  | { kind: 'card'; method: PaymentMethodUsed }
  | { kind: 'sepa_debit'; method: PaymentMethodUsed; outcome: 'succeeded' | 'failed' };

type Card = { brand: string; country: string; funding: string } | { decline: Decline };
type Decline = { code: string; declineCode: string; message: string };

const declined = (declineCode: string, message: string, code = 'card_declined') => ({
  decline: { code, declineCode, message },
});

export const TEST_CARDS: Record<string, Card> = {
  '4242424242424242': { brand: 'visa', country: 'US', funding: 'credit' },
  '4000056655665556': { brand: 'visa', country: 'US', funding: 'debit' },
  '5555555555554444': { brand: 'mastercard', country: 'US', funding: 'credit' },
  '4000000000000002': declined('generic_decline', 'Your card was declined.'),
  '4000000000009995': declined('insufficient_funds', 'Your card has insufficient funds.'),
  '4000000000000069': declined('expired_card', 'Your card has expired.', 'expired_card'),
};

export const TEST_IBANS: Record<string, 'succeeded' | 'failed'> = {
  AT611904300234573201: 'succeeded',
  AT861904300235473202: 'failed',
  DE89370400440532013000: 'succeeded',
};

const digitsOnly = (value: string) => value.replace(/[\s-]/g, '');

function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, i) => {
    let d = Number(char);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  });
  return digits.length >= 12 && sum % 10 === 0;
}

const cardError = (d: Decline) =>
  new StripeApiError(402, 'card_error', d.message, d.code, undefined, d.declineCode);

/** Resolves a card number to a payment method, or throws the card_error Stripe would. */
export function cardInstrument(input: string, pmId: string): Instrument {
  const number = digitsOnly(input);
  if (!/^\d+$/.test(number) || !luhnValid(number)) {
    throw new StripeApiError(
      402,
      'card_error',
      'Your card number is incorrect.',
      'incorrect_number',
    );
  }
  const card = TEST_CARDS[number];
  if (!card) {
    // Stripe refuses real card numbers in test mode.
    throw cardError({
      code: 'card_declined',
      declineCode: 'test_mode_live_card',
      message: 'Your card was declined. Your request was in test mode, but used a non test card.',
    });
  }
  if ('decline' in card) throw cardError(card.decline);
  return { kind: 'card', method: { type: 'card', id: pmId, last4: number.slice(-4), ...card } };
}

export function ibanInstrument(input: string, pmId: string): Instrument {
  const iban = digitsOnly(input).toUpperCase();
  const outcome = TEST_IBANS[iban];
  if (!outcome) {
    throw new StripeApiError(
      400,
      'invalid_request_error',
      `Use one of Stripe's SEPA test IBANs: ${Object.keys(TEST_IBANS).join(', ')}.`,
      'invalid_bank_account_iban',
      'iban',
    );
  }
  return {
    kind: 'sepa_debit',
    outcome,
    method: {
      type: 'sepa_debit',
      id: pmId,
      last4: iban.slice(-4),
      bankCode: iban.slice(4, 9),
      country: iban.slice(0, 2),
    },
  };
}
