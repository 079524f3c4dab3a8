/** @jsxImportSource react */
import { type Locale, textDirection } from '@haven/core';
import { Body, Container, Head, Hr, Html, Img, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export type BrandedEmailProps = {
  locale: Locale;
  preview: string;
  /** The organisation's name and uploaded logo (an absolute URL), shown above everything. */
  org: { name: string; logoUrl?: string };
  /** A band of the organisation's colour along the top. */
  accent?: string;
  children: ReactNode;
};

/**
 * The frame of the emails that speak for an organisation (a receipt, a campaign's update): a grey
 * page, a white rounded column, the organisation's logo at its top.
 */
export function BrandedEmail({ locale, preview, org, accent, children }: BrandedEmailProps) {
  const dir = textDirection(locale);
  return (
    <Html lang={locale} dir={dir}>
      <Head />
      <Preview>{preview}</Preview>
      <Body dir={dir} style={{ ...body, textAlign: alignOf(locale) }}>
        <Container
          dir={dir}
          style={accent ? { ...container, borderTop: `6px solid ${accent}` } : container}
        >
          {org.logoUrl ? <Img src={org.logoUrl} alt={org.name} height={48} /> : null}
          {children}
        </Container>
      </Body>
    </Html>
  );
}

/** The small print under a rule: who sends this, and why. */
export function EmailFooter({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <>
      <Hr style={hr} />
      <Text style={{ ...footer, textAlign: alignOf(locale) }}>{children}</Text>
    </>
  );
}

export const alignOf = (locale: Locale) => (textDirection(locale) === 'rtl' ? 'right' : 'left');

export const brandedStyles = {
  h1: { fontSize: '24px', lineHeight: '32px', margin: '0 0 16px' },
  paragraph: { fontSize: '15px', lineHeight: '24px', margin: '12px 0' },
};

const body = {
  backgroundColor: '#f4f4f5',
  color: '#18181b',
  fontFamily: "-apple-system, 'Segoe UI', Roboto, Tahoma, Arial, 'Noto Sans Arabic', sans-serif",
  margin: 0,
  padding: '24px 0',
};
const container = {
  backgroundColor: '#ffffff',
  maxWidth: '560px',
  margin: '0 auto',
  padding: '32px',
  borderRadius: '8px',
};
const hr = { borderColor: '#e4e4e7', margin: '28px 0 16px' };
const footer = { fontSize: '13px', lineHeight: '20px', color: '#71717a', margin: 0 };
