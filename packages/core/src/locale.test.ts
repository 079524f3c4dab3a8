import { describe, expect, it } from 'vitest';
import { type CheckoutState, checkoutOutcome } from './checkout';
import { intlLocale } from './locale';

describe('locales', () => {
  it("formats in the organisation's region where Intl knows it", () => {
    expect(intlLocale('ar', 'IQ')).toBe('ar-IQ');
    expect(intlLocale('fr', undefined)).toBe('fr');
  });
});

describe('what a Checkout session calls for', () => {
  const base: CheckoutState = {
    sessionId: 'cs_test_1',
    pledgeId: 'plg_1',
    status: 'complete',
    paymentStatus: 'paid',
    amountTotal: 5000,
    currency: 'EUR',
    paymentIntentStatus: 'succeeded',
    settlement: {
      paymentIntentId: 'pi',
      chargeId: 'ch',
      gross: 5000,
      fee: 175,
      net: 4825,
      currency: 'EUR',
    },
    customer: { email: undefined, name: undefined },
  };
  it.each([
    [{}, false, 'paid'],
    [
      { paymentStatus: 'unpaid', settlement: undefined, paymentIntentStatus: 'processing' },
      false,
      'processing',
    ],
    [
      {
        paymentStatus: 'unpaid',
        settlement: undefined,
        paymentIntentStatus: 'requires_payment_method',
      },
      false,
      'failed',
    ],
    [{ paymentStatus: 'unpaid', settlement: undefined }, true, 'failed'],
    [{ status: 'expired', paymentStatus: 'unpaid' }, false, 'expired'],
    [{ status: 'open', paymentStatus: 'unpaid' }, false, 'none'],
    // Paid but without the balance transaction yet: nothing is recorded until the figures exist.
    [{ settlement: undefined }, false, 'none'],
  ] as const)('%o (async failure event: %s) → %s', (change, failedEvent, expected) => {
    expect(checkoutOutcome({ ...base, ...change }, failedEvent)).toBe(expected);
  });
});
