/** @jsxImportSource react */
import { type Locale, textDirection } from '@haven/core';
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Html,
  Preview,
  Text,
} from '@react-email/components';
import type { CSSProperties } from 'react';
import { donorMessages } from './messages/donor';

export type DonorLinkProps = {
  locale: Locale;
  /** The page the link opens; it asks for a button press before it opens anything. */
  url: string;
  validMinutes: number;
};

export default function DonorLink({ locale, url, validMinutes }: DonorLinkProps) {
  const t = donorMessages[locale];
  const dir = textDirection(locale);
  const text: CSSProperties = {
    fontSize: 16,
    lineHeight: '24px',
    textAlign: dir === 'rtl' ? 'right' : 'left',
  };
  return (
    <Html lang={locale} dir={dir}>
      <Head />
      <Preview>{t.heading}</Preview>
      <Body dir={dir} style={{ fontFamily: 'system-ui, sans-serif', backgroundColor: '#ffffff' }}>
        <Container dir={dir} style={{ maxWidth: 560, padding: 24 }}>
          <Heading as="h1" style={{ fontSize: 22, textAlign: text.textAlign }}>
            {t.heading}
          </Heading>
          <Text style={text}>{t.intro}</Text>
          <Button
            href={url}
            style={{
              backgroundColor: '#1a4d8f',
              color: '#ffffff',
              padding: '12px 20px',
              borderRadius: 4,
            }}
          >
            {t.button}
          </Button>
          <Text style={{ ...text, direction: 'ltr', textAlign: text.textAlign }}>{url}</Text>
          <Text style={text}>{t.validity(validMinutes)}</Text>
          <Text style={text}>{t.ignore}</Text>
        </Container>
      </Body>
    </Html>
  );
}

DonorLink.PreviewProps = {
  locale: 'es',
  url: 'http://localhost:3000/es/donor/link/abc',
  validMinutes: 30,
} satisfies DonorLinkProps;
