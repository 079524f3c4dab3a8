/** @jsxImportSource react */
import { dateTimeFormat, formatMoney, type Locale } from '@haven/core';
import { Heading, Section, Text } from '@react-email/components';
import type { CSSProperties } from 'react';
import { alignOf, BrandedEmail, brandedStyles } from './_components/branded-email';
import { DetailRow } from './_components/detail-row';
import { Isolated, isolate } from './_components/isolate';
import { OrgFooter } from './_components/org-footer';
import { messages } from './messages';

type Amount = { amount: number; currency: string };

export type ReceiptProps = {
  locale: Locale;
  /** Intl locale for numbers and dates, e.g. 'ar-IQ' or 'fr-CH'. */
  intlLocale: string;
  org: {
    name: string;
    legalName: string;
    address: string;
    taxNote: string;
    website?: string;
    /** The organisation's charity or company number, where it has one. */
    registrationNumber?: string;
    /** The logo uploaded on the settings page (an absolute URL), shown above the heading. */
    logoUrl?: string;
  };
  /** e.g. 'MPM-2026-000042'. */
  receiptNumber: string;
  /** ISO 8601 instant. */
  paidAt: string;
  /** Integer minor units, as everywhere else. */
  gift: Amount;
  feeCovered?: Amount;
  total: Amount;
  campaignTitle: string;
  donorName?: string;
  dedication?: { kind: 'honour' | 'memory'; name: string };
  message?: string;
  frequency: 'once' | 'monthly';
  /** Personal fields erased at the donor's request: each is marked as such, never left blank. */
  erasedFields?: ('donorName' | 'donorEmail' | 'dedication' | 'message')[];
};

/** The receipt's date, in UTC so that it never depends on the server's time zone. */
export const formatReceiptDate = (paidAt: string, intlLocale: string): string =>
  dateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(paidAt));

export default function Receipt(props: ReceiptProps) {
  const { locale, intlLocale, org, gift, feeCovered, total, dedication } = props;
  const t = messages[locale];
  const align = alignOf(locale);
  const money = (value: Amount) => formatMoney(value, intlLocale);
  const text: CSSProperties = { ...paragraph, textAlign: align };
  // Names and titles may be in another script than the receipt: each is laid out on its own.
  const orgName = isolate(org.name);
  const campaignTitle = isolate(props.campaignTitle);
  const erased = new Set(props.erasedFields ?? []);

  return (
    <BrandedEmail locale={locale} preview={t.preview(money(total), orgName)} org={org}>
      <Heading as="h1" style={{ ...h1, textAlign: align }}>
        {t.heading}
      </Heading>
      <Text style={text}>
        {props.donorName ? t.greeting(isolate(props.donorName)) : t.greetingAnonymous}
      </Text>
      <Text style={text}>{t.intro(orgName, campaignTitle)}</Text>

      <Section style={box}>
        <Heading as="h2" style={{ ...h2, textAlign: align }}>
          {t.receiptTitle}
        </Heading>
        <DetailRow label={t.labels.receiptNumber} align={align}>
          {/* Latin letters, digits and hyphens: their order holds inside Arabic text. */}
          <Isolated ltr>{props.receiptNumber}</Isolated>
        </DetailRow>
        <DetailRow label={t.labels.date} align={align}>
          {formatReceiptDate(props.paidAt, intlLocale)}
        </DetailRow>
        <DetailRow label={t.labels.campaign} align={align}>
          <Isolated>{props.campaignTitle}</Isolated>
        </DetailRow>
        <DetailRow label={t.labels.frequency} align={align}>
          {t.frequency[props.frequency]}
        </DetailRow>
        {erased.has('donorName') ? (
          <DetailRow label={t.erasedLabels.donor} align={align}>
            {t.erased}
          </DetailRow>
        ) : null}
        <DetailRow label={t.labels.gift} align={align}>
          {money(gift)}
        </DetailRow>
        {feeCovered ? (
          <DetailRow label={t.labels.feeCovered} align={align}>
            {money(feeCovered)}
          </DetailRow>
        ) : null}
        <DetailRow label={t.labels.total} align={align} emphasis>
          {money(total)}
        </DetailRow>
      </Section>

      {dedication ? (
        <Text style={text}>{t.dedication[dedication.kind](isolate(dedication.name))}</Text>
      ) : null}
      {props.message ? (
        <>
          <Text style={{ ...text, marginBottom: 0, color: '#52525b' }}>{t.messageLabel}</Text>
          {/* The donor's own words may be in any script: let the reader's client pick. */}
          <Text dir="auto" style={{ ...text, marginTop: 4, fontStyle: 'italic' }}>
            {props.message}
          </Text>
        </>
      ) : null}
      {erased.has('dedication') ? (
        <Text style={text}>{`${t.erasedLabels.dedication}: ${t.erased}`}</Text>
      ) : null}
      {erased.has('message') ? <Text style={text}>{`${t.messageLabel}: ${t.erased}`}</Text> : null}
      {props.frequency === 'monthly' ? <Text style={text}>{t.monthlyNote}</Text> : null}

      <Heading as="h2" style={{ ...h2, textAlign: align }}>
        {t.taxHeading}
      </Heading>
      <Text style={text}>{org.taxNote}</Text>

      <Text style={text}>{t.thanks(orgName)}</Text>
      <Text style={text}>
        {t.signoff}
        <br />
        <Isolated>{org.name}</Isolated>
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

Receipt.PreviewProps = {
  locale: 'ar',
  intlLocale: 'ar-JO',
  org: {
    name: 'Mizan for Human Rights',
    legalName: 'Mizan for Human Rights Association',
    address: '12 Al-Kulliyah Al-Islamiyah St, Amman 11181, Jordan',
    taxNote: 'هذا التبرع معفى من الضريبة وفق التشريعات النافذة. يُرجى الاحتفاظ بهذا الإيصال.',
    website: 'https://example.org',
  },
  receiptNumber: 'MPM-2026-000042',
  paidAt: '2026-03-08T21:15:00.000Z',
  gift: { amount: 25_000, currency: 'JOD' },
  feeCovered: { amount: 1_030, currency: 'JOD' },
  total: { amount: 26_030, currency: 'JOD' },
  campaignTitle: 'المساعدة القانونية للمعتقلين',
  donorName: 'ليلى',
  dedication: { kind: 'memory', name: 'سامي' },
  message: 'من أجل العدالة.',
  frequency: 'monthly',
} satisfies ReceiptProps;

const { h1, paragraph } = brandedStyles;
const h2 = { fontSize: '17px', lineHeight: '24px', margin: '24px 0 8px' };
const box = {
  backgroundColor: '#fafafa',
  border: '1px solid #e4e4e7',
  borderRadius: '6px',
  padding: '4px 16px 12px',
  margin: '20px 0',
};
