import { describe, expect, it } from 'vitest';
import { Organisation } from './org';
import { formatReceiptNumber, parseReceiptNumber, receiptPrefix } from './receipt-number';

describe('receipt numbers', () => {
  it('read PREFIX-YEAR-sequence, the sequence in at least six digits', () => {
    expect(formatReceiptNumber('MPM', 2026, 1)).toBe('MPM-2026-000001');
    expect(formatReceiptNumber('IMAN', 2027, 1_234_567)).toBe('IMAN-2027-1234567');
  });

  it('take the organisation’s prefix, else its slug in capitals without dashes', () => {
    expect(receiptPrefix({ slug: 'mpm', receiptPrefix: 'MINO' })).toBe('MINO');
    expect(receiptPrefix({ slug: 'iraqi-minorities-2', receiptPrefix: undefined })).toBe(
      'IRAQIMINORITIES2',
    );
  });

  it('refuses a prefix an organisation sets outside 2–12 capitals and digits', () => {
    const org = {
      slug: 'mpm',
      name: { en: 'MPM' },
      legalName: 'MPM',
      address: 'Genève',
      country: 'CH',
      about: { en: '…' },
      locales: ['en'],
      defaultLocale: 'en',
      taxNote: { en: '…' },
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    expect(Organisation.safeParse({ ...org, receiptPrefix: 'MPM2' }).success).toBe(true);
    for (const receiptPrefix of ['M', 'mpm', 'MPM-1', 'ABCDEFGHIJKLM']) {
      expect(Organisation.safeParse({ ...org, receiptPrefix }).success).toBe(false);
    }
  });

  it('parse back every number they are formatted as, a long slug’s included', () => {
    const slug = `a${'b'.repeat(61)}-c`;
    for (const [prefix, year, sequence] of [
      ['MPM', 2026, 1],
      ['IOPDHR', 1999, 999_999],
      ['WMPA', 2030, 1_000_000],
      [receiptPrefix({ slug, receiptPrefix: undefined }), 2026, 42],
    ] as const) {
      expect(parseReceiptNumber(formatReceiptNumber(prefix, year, sequence))).toEqual({
        prefix,
        year,
        sequence,
      });
    }
  });

  it.each(['MPM-26-1', 'MPM-2026-00001', 'mpm-2026-000001', 'M-2026-000001', 'MPM-2026-000001 '])(
    'parse nothing from %j',
    (text) => {
      expect(parseReceiptNumber(text)).toBeUndefined();
    },
  );
});
