import { describe, expect, it } from 'vitest';
import { intlLocale, negotiateLocale, parseAcceptLanguage } from './locale';

describe('language negotiation', () => {
  const offered = ['fr', 'en', 'es'] as const;
  it('takes the URL, then Accept-Language by weight, then the default', () => {
    expect(
      negotiateLocale({ requested: 'es', acceptLanguage: 'en', offered, fallback: 'fr' }),
    ).toBe('es');
    expect(
      negotiateLocale({ acceptLanguage: 'de;q=1, en;q=0.3, es;q=0.8', offered, fallback: 'fr' }),
    ).toBe('es');
    expect(negotiateLocale({ acceptLanguage: 'ar', offered, fallback: 'fr' })).toBe('fr');
    expect(negotiateLocale({ requested: 'ar', offered, fallback: 'fr' })).toBe('fr');
  });

  it('ignores languages refused with q=0 and malformed weights', () => {
    expect(parseAcceptLanguage('en;q=0, fr-CH, es;q=abc')).toEqual(['fr-CH']);
  });

  it("formats in the organisation's region where Intl knows it", () => {
    expect(intlLocale('ar', 'IQ')).toBe('ar-IQ');
    expect(intlLocale('fr', undefined)).toBe('fr');
  });
});
