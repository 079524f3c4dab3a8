/** @jsxImportSource react */
import type { Locale } from '@haven/core';
import { Text } from '@react-email/components';
import { isolate } from './_components/isolate';
import { ActionButton, PlainEmail, plainText } from './_components/plain-email';
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
  const text = plainText(locale);
  return (
    <PlainEmail locale={locale} heading={t.heading}>
      <Text style={text}>{t.intro(isolate(amount), isolate(campaignTitle))}</Text>
      <Text style={text}>{t.howToFix}</Text>
      <ActionButton href={fixUrl}>{t.button}</ActionButton>
      <Text style={text}>{fixUrl}</Text>
      <Text style={text}>{t.noAction}</Text>
      <Text style={text}>
        {t.thanks} — {isolate(orgName)}
      </Text>
    </PlainEmail>
  );
}

CardFailed.PreviewProps = {
  locale: 'es',
  orgName: 'Minorités et peuples du monde',
  campaignTitle: 'Voces ante las Naciones Unidas',
  amount: '20,89 €',
  fixUrl: 'http://localhost:12111/i/in_1emulator',
} satisfies CardFailedProps;
