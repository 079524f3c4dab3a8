import { describe, expect, it } from 'vitest';
import { intlLocale } from './locale';

describe('locales', () => {
  it("formats in the organisation's region where Intl knows it", () => {
    expect(intlLocale('ar', 'IQ')).toBe('ar-IQ');
    expect(intlLocale('fr', undefined)).toBe('fr');
  });
});
