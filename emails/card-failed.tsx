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
import { isolate } from './_components/isolate';
import { cardFailedMessages } from './messages/card-failed';

export type CardFailedProps = {
  locale: Locale;
  orgName: string;
  campaignTitle: string;
  /** The instalment, formatted in the donor's locale. */
  amount: string;
  /** Where the donor enters a card that works: the processor's page for this instalment. */
  fixUrl: string;
};

/** A monthly gift's instalment the card did not pay, and how to fix the card. */
export default function CardFailed({
  locale,
  orgName,
  campaignTitle,
  amount,
  fixUrl,
}: CardFailedProps) {
  const t = cardFailedMessages[locale];
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
      <Body style={{ fontFamily: 'system-ui, sans-serif', backgroundColor: '#ffffff' }}>
        <Container style={{ maxWidth: 560, padding: 24 }}>
          <Heading as="h1" style={{ fontSize: 22, textAlign: text.textAlign }}>
            {t.heading}
          </Heading>
          <Text style={text}>{t.intro(isolate(amount), isolate(campaignTitle))}</Text>
          <Text style={text}>{t.howToFix}</Text>
          <Button
            href={fixUrl}
            style={{
              backgroundColor: '#1a4d8f',
              color: '#ffffff',
              padding: '12px 20px',
              borderRadius: 4,
            }}
          >
            {t.button}
          </Button>
          <Text style={text}>{fixUrl}</Text>
          <Text style={text}>{t.noAction}</Text>
          <Text style={text}>
            {t.thanks} — {isolate(orgName)}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

CardFailed.PreviewProps = {
  locale: 'es',
  orgName: 'Minorités et peuples du monde',
  campaignTitle: 'Voces ante las Naciones Unidas',
  amount: '20,89 €',
  fixUrl: 'http://localhost:12111/i/in_1emulator',
} satisfies CardFailedProps;
