import type { Locale } from '@haven/core';
import { describe, expect, it } from 'vitest';
import type { CardFailedProps } from './card-failed';
import { renderCardFailed } from './index';

const props = (locale: Locale): CardFailedProps => ({
  locale,
  orgName: 'Minorités et peuples du monde',
  campaignTitle: 'Voix aux Nations unies',
  amount: '20,91 €',
  fixUrl: 'https://billing.example/i/in_123',
});

/** The isolate marks are invisible: words are compared without them. */
const visible = (rendered: string) => rendered.replace(/[\u2066-\u2069]/g, '');

describe('the failed-instalment email', () => {
  it.each([
    ['en', 'Update my card', 'ltr', 'could not be paid'],
    ['fr', 'Mettre à jour ma carte', 'ltr', "n'a pas pu être prélevé"],
    ['es', 'Actualizar mi tarjeta', 'ltr', 'No se pudo cobrar'],
    ['ar', 'تحديث بطاقتي', 'rtl', 'تعذّر تحصيل'],
  ] as const)(
    'in %s says how to fix the card, with the link in both parts',
    async (locale, button, dir, subject) => {
      const email = await renderCardFailed(props(locale));
      expect(visible(email.subject)).toContain(subject);
      // On the html, the body and the column: some clients drop the html element's.
      expect(email.html.match(new RegExp(`dir="${dir}"`, 'g'))?.length).toBeGreaterThanOrEqual(3);
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).toContain('href="https://billing.example/i/in_123"');
      expect(visible(email.text)).toContain(button);
      expect(email.text).toContain('https://billing.example/i/in_123');
      expect(visible(email.text)).toContain('20,91 €');
    },
  );
});
