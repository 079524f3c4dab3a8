import { describe, expect, it } from 'vitest';
import { fiscalYear, fiscalYearOf, statementPeriodLabel } from './fiscal-year';
import { statementRecipients } from './statement-recipients';

describe('a fiscal year', () => {
  it('is the calendar year when it starts in January', () => {
    expect(fiscalYear(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('runs to the last day of the month before its first, a year on (leap days included)', () => {
    expect(fiscalYear(2025, 4)).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(fiscalYear(2027, 3)).toEqual({ from: '2027-03-01', to: '2028-02-29' });
    expect(fiscalYear(2025, 12)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
  });

  it('is named by the year it starts in', () => {
    expect(fiscalYearOf(new Date('2026-03-31T23:59:59Z'), 4)).toBe(2025);
    expect(fiscalYearOf(new Date('2026-04-01T00:00:00Z'), 4)).toBe(2026);
    expect(fiscalYearOf(new Date('2026-01-01T00:00:00Z'))).toBe(2026);
  });

  it('is labelled as the reader writes dates, or by its year alone when it is a calendar year', () => {
    expect(statementPeriodLabel(fiscalYear(2026), 'fr-CH')).toBe('2026');
    // ICU sets the dash between thin spaces.
    expect(statementPeriodLabel(fiscalYear(2025, 4), 'en-GB')).toMatch(
      /^1 April 2025\s–\s31 March 2026$/,
    );
    expect(statementPeriodLabel(fiscalYear(2025, 4), 'fr-CH')).toContain('1 avril 2025');
    expect(statementPeriodLabel(fiscalYear(2025, 4), 'es')).toContain('31 de marzo de 2026');
  });
});

describe('the people a page of payments adds to a bulk sending', () => {
  it('counts each address once and leaves out payments without one and people already sent theirs', () => {
    const rows = [
      { donorEmail: 'a@example.org', emailKey: 'A' },
      { donorEmail: 'A@example.org', emailKey: 'A' },
      { donorEmail: undefined, emailKey: undefined },
      { donorEmail: 'b@example.org', emailKey: 'B' },
      { donorEmail: 'c@example.org', emailKey: 'C' },
    ];
    expect(statementRecipients(rows, new Set(['B']))).toEqual(['A', 'C']);
  });
});
