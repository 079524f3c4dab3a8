import type { Locale } from '@haven/core';
import { messagesFor } from '../i18n';

/** The language switcher: each language named in itself, the current one marked for readers. */
export const LanguageNav = (props: {
  locales: readonly Locale[];
  current: Locale;
  href: (locale: Locale) => string;
}) => (
  <nav class="langs" aria-label={messagesFor(props.current).chooseLanguage}>
    <ul>
      {props.locales.map((locale) => (
        <li>
          <a
            href={props.href(locale)}
            hreflang={locale}
            lang={locale}
            aria-current={locale === props.current ? 'page' : undefined}
          >
            {messagesFor(locale).languageName}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);
