/** @jsxImportSource react */
import type { Locale, Role } from '@haven/core';
import { Text } from '@react-email/components';
import { isolate } from './_components/isolate';
import { ActionButton, PlainEmail, plainText } from './_components/plain-email';
import { staffMessages } from './messages/staff';

export type StaffLinkProps = {
  locale: Locale;
  purpose: 'sign-in' | 'invite';
  orgName: string;
  role: Role;
  /** The page the link opens; it asks for a button press before it signs anyone in. */
  url: string;
  validMinutes: number;
};

export default function StaffLink({
  locale,
  purpose,
  orgName,
  role,
  url,
  validMinutes,
}: StaffLinkProps) {
  const t = staffMessages[locale];
  const text = plainText(locale);
  const name = isolate(orgName);
  const heading = purpose === 'invite' ? t.inviteHeading : t.signInHeading;
  return (
    <PlainEmail locale={locale} heading={heading}>
      <Text style={text}>
        {purpose === 'invite' ? t.inviteIntro(name, t.roles[role]) : t.signInIntro(name)}
      </Text>
      <ActionButton href={url}>{t.button}</ActionButton>
      <Text style={text}>{url}</Text>
      <Text style={text}>
        {validMinutes >= 1440
          ? t.validityDays(Math.round(validMinutes / 1440))
          : t.validity(validMinutes)}
      </Text>
      <Text style={text}>{t.ignore}</Text>
    </PlainEmail>
  );
}

StaffLink.PreviewProps = {
  locale: 'fr',
  purpose: 'sign-in',
  orgName: 'Minorités et peuples du monde',
  role: 'owner',
  url: 'http://localhost:3000/staff/sign-in/abc',
  validMinutes: 15,
} satisfies StaffLinkProps;
