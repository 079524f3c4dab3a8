/** @jsxImportSource react */
import { formatMoney, type Locale, type StatementLine, textDirection } from '@haven/core';
import { Heading, Section, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import { BrandedEmail } from './_components/branded-email';
import { DetailRow } from './_components/detail-row';
import { isolate, isolateLtr } from './_components/isolate';
import { OrgFooter } from './_components/org-footer';
import { statementEmailMessages } from './messages/statement';

export type StatementEmailProps = {
  locale: Locale;
  /** Intl locale for numbers, e.g. 'ar-IQ' or 'fr-CH'. */
  intlLocale: string;
  org: {
    name: string;
    legalName: string;
    address: string;
    /** The organisation's own deductibility wording, in the donor's language. */
    taxNote: string;
    website?: string;
    registrationNumber?: string;
    logoUrl?: string;
    brandColor?: string;
  };
  /** "2026", or a fiscal year's days as Intl writes a range in the donor's language. */
  period: string;
  donorName?: string;
  /** Per currency, never summed across currencies. */
  lines: StatementLine[];
  receipts: string[];
};

const DEFAULT_BRAND = '#1d4ed8';

/** A donor's statement of a year's gifts, with the figures in the email itself. */
export default function StatementEmail(props: StatementEmailProps) {
  const { locale, intlLocale, org } = props;
  const t = statementEmailMessages[locale];
  const dir = textDirection(locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const text: CSSProperties = { ...paragraph, textAlign: align };
  const money = (amount: number, currency: string) => formatMoney({ amount, currency }, intlLocale);
  const period = isolate(props.period);
  const orgName = isolate(org.name);
  return (
    <BrandedEmail
      locale={locale}
      preview={t.preview(period)}
      org={org}
      accent={org.brandColor ?? DEFAULT_BRAND}
    >
      <Heading as="h1" style={{ ...h1, textAlign: align }}>
        {t.heading(period)}
      </Heading>
      <Text style={text}>
        {props.donorName ? t.greeting(isolate(props.donorName)) : t.greetingAnonymous}
      </Text>
      <Text style={text}>{t.intro(orgName, period)}</Text>
      {props.lines.length === 0 ? (
        <Text style={text}>{t.none(period)}</Text>
      ) : (
        props.lines.map((line) => (
          <Section key={line.currency} style={box}>
            <Heading as="h2" style={{ ...h2, textAlign: align }}>
              {line.currency}
            </Heading>
            <DetailRow label={t.labels.gifts} align={align}>
              {money(line.gifts, line.currency)}
            </DetailRow>
            <DetailRow label={t.labels.refunded} align={align}>
              {money(line.refunded, line.currency)}
            </DetailRow>
            <DetailRow label={t.labels.net} align={align} emphasis>
              {money(line.net, line.currency)}
            </DetailRow>
          </Section>
        ))
      )}
      {props.receipts.length > 0 ? (
        <Text style={text}>{t.receipts(isolateLtr(props.receipts.join(', ')))}</Text>
      ) : null}
      <Heading as="h2" style={{ ...h2, textAlign: align }}>
        {t.taxHeading}
      </Heading>
      <Text style={text}>{org.taxNote}</Text>
      <Text style={text}>
        {t.signoff}
        <br />
        {orgName}
      </Text>
      <OrgFooter
        org={org}
        locale={locale}
        issuedBy={t.issuedBy}
        registrationNumber={t.registrationNumber}
      />
    </BrandedEmail>
  );
}

StatementEmail.PreviewProps = {
  locale: 'ar',
  intlLocale: 'ar-IQ',
  org: {
    name: 'شبكة الأقليات العراقية',
    legalName: 'Iraqi Minorities Network',
    address: 'Erbil, Kurdistan Region, Iraq',
    taxNote: 'قد يكون هذا التبرع قابلًا للخصم من الضريبة وفق قوانين بلدك.',
    brandColor: '#0f766e',
  },
  period: '١ أبريل ٢٠٢٥ – ٣١ مارس ٢٠٢٦',
  donorName: 'أمل الحسيني',
  lines: [
    { currency: 'IQD', gifts: 250_000, refunded: 0, net: 250_000 },
    { currency: 'USD', gifts: 5_000, refunded: 1_000, net: 4_000 },
  ],
  receipts: ['IMN-2025-000012', 'IMN-2026-000003'],
} satisfies StatementEmailProps;

const h1 = { fontSize: '24px', lineHeight: '32px', margin: '0 0 16px' };
const h2 = { fontSize: '17px', lineHeight: '24px', margin: '24px 0 8px' };
const paragraph = { fontSize: '15px', lineHeight: '24px', margin: '12px 0' };
const box = {
  backgroundColor: '#fafafa',
  border: '1px solid #e4e4e7',
  borderRadius: '6px',
  padding: '4px 16px 12px',
  margin: '20px 0',
};
