import type { Locale } from '@haven/core';
import { describe, expect, it } from 'vitest';
import { renderStatement } from './index';
import type { StatementEmailProps } from './statement';

const props = (locale: Locale, over: Partial<StatementEmailProps> = {}): StatementEmailProps => ({
  locale,
  intlLocale: locale === 'ar' ? 'ar-IQ' : `${locale}-CH`,
  org: {
    name: 'Minorités et peuples du monde',
    legalName: 'Association MPM',
    address: 'Case postale, 1211 Genève',
    taxNote: 'Selon votre canton, ce don peut être déductible.',
    registrationNumber: 'CHE-123.456.789',
    logoUrl: 'https://media.example.org/logo.png',
    brandColor: '#0f766e',
  },
  period: '2026',
  donorName: 'Chloé',
  lines: [
    { currency: 'CHF', gifts: 7_000, refunded: 1_000, net: 6_000 },
    { currency: 'KWD', gifts: 10_000, refunded: 0, net: 10_000 },
  ],
  receipts: ['MPM-2026-000001'],
  ...over,
});

/** The isolate marks are invisible: words are compared without them. */
const visible = (rendered: string) => rendered.replace(/[\u2066-\u2069]/g, '');

describe('the statement email', () => {
  it.each([
    ['en', 'Your statement of gifts, 2026', 'ltr'],
    ['fr', 'Votre relevé des dons 2026', 'ltr'],
    ['es', 'Su certificado de donaciones 2026', 'ltr'],
    ['ar', 'كشف تبرعاتك لعام 2026', 'rtl'],
  ] as const)(
    'in %s has both parts, the figures per currency and the wording',
    async (locale, subject, dir) => {
      const email = await renderStatement(props(locale));
      expect(visible(email.subject)).toContain(subject);
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).toContain(`dir="${dir}"`);
      expect(email.html).toContain('border-top:6px solid #0f766e');
      expect(email.html).toContain('src="https://media.example.org/logo.png"');
      expect(visible(email.text)).toContain('Selon votre canton, ce don peut être déductible.');
      expect(visible(email.text)).toContain('MPM-2026-000001');
      expect(visible(email.text)).toContain('CHE-123.456.789');
      expect(visible(email.text)).toContain('KWD');
    },
  );

  it('greets an unnamed donor without a name, and says when there is no gift', async () => {
    const { donorName: _, ...unnamed } = props('en', { lines: [], receipts: [] });
    const email = await renderStatement(unnamed);
    expect(email.text).toContain('Hello,');
    expect(visible(email.text)).toContain('We have no gift from you in 2026.');
  });
});
