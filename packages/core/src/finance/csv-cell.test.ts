import { describe, expect, it } from 'vitest';
import { inertText, majorUnits } from './csv-cell';

describe('inertText', () => {
  it.each([
    '=1+1',
    '+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '  =cmd|calc',
    '=HYPERLINK("http://x","y")',
  ])('quotes %j so a spreadsheet shows it as text', (cell) => {
    expect(inertText(cell)).toBe(`'${cell}`);
  });

  it.each(['Amira', 'Chloé Müller', 'أمل الحسيني', '12.50', 'a=b', ''])(
    'leaves %j as it is',
    (cell) => {
      expect(inertText(cell)).toBe(cell);
    },
  );
});

describe('majorUnits', () => {
  it.each([
    [1250, 'CHF', '12.50'],
    [-1250, 'EUR', '-12.50'],
    [5, 'EUR', '0.05'],
    [-5, 'EUR', '-0.05'],
    [0, 'USD', '0.00'],
    [1200, 'JPY', '1200'],
    [-300, 'KRW', '-300'],
    [1250, 'KWD', '1.250'],
    [10, 'JOD', '0.010'],
  ])('writes %i %s as %s', (minor, currency, expected) => {
    expect(majorUnits(minor, currency)).toBe(expected);
  });

  it('refuses a number that is not an integer of minor units', () => {
    expect(() => majorUnits(12.5, 'EUR')).toThrow(RangeError);
  });
});
