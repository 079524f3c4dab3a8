/** @jsxImportSource react */
import type { Locale } from '@haven/core';
import { Text } from '@react-email/components';
import { ActionButton, PlainEmail, plainText } from './_components/plain-email';
import { donorMessages } from './messages/donor';

export type DonorLinkProps = {
  locale: Locale;
  /** The page the link opens; it asks for a button press before it opens anything. */
  url: string;
  validMinutes: number;
};

export default function DonorLink({ locale, url, validMinutes }: DonorLinkProps) {
  const t = donorMessages[locale];
  const text = plainText(locale);
  return (
    <PlainEmail locale={locale} heading={t.heading}>
      <Text style={text}>{t.intro}</Text>
      <ActionButton href={url}>{t.button}</ActionButton>
      <Text style={{ ...text, direction: 'ltr', textAlign: text.textAlign }}>{url}</Text>
      <Text style={text}>{t.validity(validMinutes)}</Text>
      <Text style={text}>{t.ignore}</Text>
    </PlainEmail>
  );
}

DonorLink.PreviewProps = {
  locale: 'es',
  url: 'http://localhost:3000/es/donor/link/abc',
  validMinutes: 30,
} satisfies DonorLinkProps;
