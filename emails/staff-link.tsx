/** @jsxImportSource react */
import { type Locale, type Role, textDirection } from '@haven/core';
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
  const dir = textDirection(locale);
  const text: CSSProperties = {
    fontSize: 16,
    lineHeight: '24px',
    textAlign: dir === 'rtl' ? 'right' : 'left',
  };
  const name = isolate(orgName);
  const heading = purpose === 'invite' ? t.inviteHeading : t.signInHeading;
  return (
    <Html lang={locale} dir={dir}>
      <Head />
      <Preview>{heading}</Preview>
      <Body style={{ fontFamily: 'system-ui, sans-serif', backgroundColor: '#ffffff' }}>
        <Container style={{ maxWidth: 560, padding: 24 }}>
          <Heading as="h1" style={{ fontSize: 22, textAlign: text.textAlign }}>
            {heading}
          </Heading>
          <Text style={text}>
            {purpose === 'invite' ? t.inviteIntro(name, t.roles[role]) : t.signInIntro(name)}
          </Text>
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
          <Text style={text}>{url}</Text>
          <Text style={text}>
            {validMinutes >= 1440
              ? t.validityDays(Math.round(validMinutes / 1440))
              : t.validity(validMinutes)}
          </Text>
          <Text style={text}>{t.ignore}</Text>
        </Container>
      </Body>
    </Html>
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
