/** @jsxImportSource react */
import { type Locale, textDirection } from '@haven/core';
import { Body, Button, Container, Head, Heading, Html, Preview } from '@react-email/components';
import type { CSSProperties, ReactNode } from 'react';

export type PlainEmailProps = {
  locale: Locale;
  /** The heading, which is also the inbox's preview line. */
  heading: string;
  children: ReactNode;
};

/**
 * The frame of the short action emails (a sign-in link, a donor's link, a card to fix): the
 * system font on white, one 560px column, the heading at its top.
 */
export function PlainEmail({ locale, heading, children }: PlainEmailProps) {
  const dir = textDirection(locale);
  return (
    <Html lang={locale} dir={dir}>
      <Head />
      <Preview>{heading}</Preview>
      <Body
        // Repeated on the body and the column for clients that drop `<html dir>`.
        dir={dir}
        style={{ fontFamily: 'system-ui, sans-serif', backgroundColor: '#ffffff' }}
      >
        <Container dir={dir} style={{ maxWidth: 560, padding: 24 }}>
          <Heading as="h1" style={{ fontSize: 22, textAlign: plainText(locale).textAlign }}>
            {heading}
          </Heading>
          {children}
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph's style in the plain emails, aligned with the reading direction. */
export const plainText = (locale: Locale): CSSProperties => ({
  fontSize: 16,
  lineHeight: '24px',
  textAlign: textDirection(locale) === 'rtl' ? 'right' : 'left',
});

/** The one thing the reader is asked to do, as a button. */
export function ActionButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button
      href={href}
      style={{
        backgroundColor: '#1a4d8f',
        color: '#ffffff',
        padding: '12px 20px',
        borderRadius: 4,
      }}
    >
      {children}
    </Button>
  );
}
