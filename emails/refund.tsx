/** @jsxImportSource react */
import { formatMoney, type Locale, textDirection } from '@haven/core';
import {
  Body,
  Container,
  Head,
  Heading,
  Html,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { CSSProperties } from 'react';
import { DetailRow } from './_components/detail-row';
import { isolate, isolateLtr } from './_components/isolate';
import { refundMessages } from './messages/refund';
import { formatReceiptDate } from './receipt';

type Amount = { amount: number; currency: string };

export type RefundProps = {
  locale: Locale;
  /** Intl locale for numbers and dates, e.g. 'ar-IQ' or 'fr-CH'. */
  intlLocale: string;
  orgName: string;
  campaignTitle: string;
  donorName?: string;
  /** ISO 8601 instant of the refund. */
  refundedAt: string;
  refunded: Amount;
  /** What remains of the gift after every refund so far; zero when all was refunded. */
  kept: Amount;
  /** The receipt this refund cancels, and for a partial refund the one that replaces it. */
  receipt: { voided: string; reissued?: string };
};

export default function Refund(props: RefundProps) {
  const { locale, intlLocale, receipt } = props;
  const t = refundMessages[locale];
  const dir = textDirection(locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const text: CSSProperties = { fontSize: 16, lineHeight: '24px', textAlign: align };
  const money = (value: Amount) => formatMoney(value, intlLocale);
  const orgName = isolate(props.orgName);
  return (
    <Html lang={locale} dir={dir}>
      <Head />
      <Preview>{t.heading}</Preview>
      <Body dir={dir} style={{ fontFamily: 'system-ui, sans-serif', textAlign: align }}>
        <Container dir={dir} style={{ maxWidth: 560, padding: 24 }}>
          <Heading as="h1" style={{ fontSize: 22, textAlign: align }}>
            {t.heading}
          </Heading>
          <Text style={text}>
            {props.donorName ? t.greeting(isolate(props.donorName)) : t.greetingAnonymous}
          </Text>
          <Text style={text}>
            {t.intro(orgName, money(props.refunded), isolate(props.campaignTitle))}
          </Text>
          <Section>
            <DetailRow label={t.labels.refunded} align={align} emphasis>
              {money(props.refunded)}
            </DetailRow>
            <DetailRow label={t.labels.date} align={align}>
              {formatReceiptDate(props.refundedAt, intlLocale)}
            </DetailRow>
            <DetailRow label={t.labels.kept} align={align}>
              {money(props.kept)}
            </DetailRow>
          </Section>
          <Text style={text}>
            {receipt.reissued
              ? t.reissued(isolateLtr(receipt.reissued), isolateLtr(receipt.voided))
              : t.voided(isolateLtr(receipt.voided))}
          </Text>
          <Text style={text}>{t.thanks(orgName)}</Text>
          <Text style={text}>{t.signoff}</Text>
        </Container>
      </Body>
    </Html>
  );
}

Refund.PreviewProps = {
  locale: 'fr',
  intlLocale: 'fr-CH',
  orgName: 'Minorités et peuples du monde',
  campaignTitle: 'Des voix aux Nations unies',
  donorName: 'Jeanne Dupont',
  refundedAt: '2026-12-02T10:00:00.000Z',
  refunded: { amount: 2_000, currency: 'CHF' },
  kept: { amount: 3_000, currency: 'CHF' },
  receipt: { voided: 'MPM-2026-000042', reissued: 'MPM-2026-000043' },
} satisfies RefundProps;
