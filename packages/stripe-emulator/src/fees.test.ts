import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEE_MODEL, processingFee } from './fees';
import { signatureHeader } from './sign';

describe('processingFee (2.9% + 0.30 by default)', () => {
  it('charges 2.9% rounded half up plus 30 cents on two-decimal currencies', () => {
    expect(processingFee(10_000, 'usd', DEFAULT_FEE_MODEL)).toBe(320);
    expect(processingFee(2_500, 'eur', DEFAULT_FEE_MODEL)).toBe(103);
  });

  it('is percent only on zero-decimal currencies and a multiple of 10 on three-decimal ones', () => {
    expect(processingFee(3_000, 'jpy', DEFAULT_FEE_MODEL)).toBe(87);
    const kwd = processingFee(12_500, 'kwd', DEFAULT_FEE_MODEL);
    expect(kwd % 10).toBe(0);
    expect(kwd).toBe(660); // 362.5 → 363 + 300 = 663 → 660
  });

  it('never exceeds the amount and follows a custom model', () => {
    expect(processingFee(20, 'usd', DEFAULT_FEE_MODEL)).toBe(20);
    expect(processingFee(10_000, 'usd', { basisPoints: 150, fixedMinor: 0 })).toBe(150);
  });
});

describe('signatureHeader', () => {
  it('matches what the SDK generates for the same payload, secret and timestamp', () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event' });
    const secret = 'whsec_test_abc';
    const timestamp = 1_700_000_000;
    const expected = Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
    expect(signatureHeader(payload, secret, timestamp)).toBe(expected);
  });
});
