import { describe, expect, it } from 'vitest';
import { checkoutPayment } from './checkout-state';

describe("a PaymentIntent's status, in the domain's words", () => {
  it.each([
    ['succeeded', 'succeeded'],
    ['processing', 'settling'],
    ['requires_action', 'settling'],
    ['requires_capture', 'settling'],
    ['requires_confirmation', 'settling'],
    // A failed bank debit sends the intent back to waiting for a payment method.
    ['requires_payment_method', 'failed'],
    ['canceled', 'failed'],
  ] as const)('%s is %s', (status, payment) => {
    expect(checkoutPayment(status)).toBe(payment);
  });
});
