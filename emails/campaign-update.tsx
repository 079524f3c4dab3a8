/** @jsxImportSource react */
import type { Locale } from '@haven/core';
import { Button, Heading, Link, Section, Text } from '@react-email/components';
import { alignOf, BrandedEmail, brandedStyles, EmailFooter } from './_components/branded-email';
import { isolate } from './_components/isolate';
import { markdownToHtml } from './_components/markdown';
import { updateMessages } from './messages/update';

export type CampaignUpdateEmailProps = {
  locale: Locale;
  org: { name: string; logoUrl?: string; brandColor?: string };
  campaignTitle: string;
  title: string;
  /** Markdown, as the fundraiser wrote it. */
  body: string;
  /** The update on the campaign page, in the reader's language. */
  url: string;
  /** This reader's own signed link: one click, no sign-in. */
  unsubscribeUrl: string;
};

const DEFAULT_BRAND = '#1d4ed8';

export default function CampaignUpdateEmail(props: CampaignUpdateEmailProps) {
  const t = updateMessages[props.locale];
  const align = alignOf(props.locale);
  const brand = props.org.brandColor ?? DEFAULT_BRAND;
  const campaign = isolate(props.campaignTitle);
  return (
    <BrandedEmail
      locale={props.locale}
      preview={t.preview(campaign)}
      org={props.org}
      accent={brand}
    >
      <Text style={{ ...kicker, color: brand, textAlign: align }}>{t.kicker(campaign)}</Text>
      <Heading as="h1" dir="auto" style={{ ...h1, textAlign: align }}>
        {props.title}
      </Heading>
      <Section dir="auto" style={{ ...paragraph, textAlign: align }}>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with raw HTML off and its link validation, as the site's stories: safe by construction */}
        <div dangerouslySetInnerHTML={{ __html: markdownToHtml(props.body) }} />
      </Section>
      <Button href={props.url} style={{ ...button, backgroundColor: brand }}>
        {t.readOnline}
      </Button>
      <EmailFooter locale={props.locale}>
        {t.why(isolate(props.org.name), campaign)}
        <br />
        <Link href={props.unsubscribeUrl} style={{ color: '#52525b' }}>
          {t.unsubscribe}
        </Link>
      </EmailFooter>
    </BrandedEmail>
  );
}

CampaignUpdateEmail.PreviewProps = {
  locale: 'ar',
  org: { name: 'شبكة الأقليات العراقية', brandColor: '#0f766e' },
  campaignTitle: 'الدفء للعائلات النازحة',
  title: 'وصلت المدافئ إلى ٤٠ عائلة في نينوى',
  body: 'شكرًا لكم. **٤٠ عائلة** لديها الآن مدفأة.\n\n- سنجار\n- الحمدانية',
  url: 'https://give.example.org/ar/iraqi-minorities-network/warmth-for-displaced-families#updates',
  unsubscribeUrl: 'https://give.example.org/unsubscribe/token',
} satisfies CampaignUpdateEmailProps;

const { h1, paragraph } = brandedStyles;
const kicker = { fontSize: '13px', fontWeight: 600, margin: '16px 0 4px' };
const button = {
  color: '#ffffff',
  borderRadius: '6px',
  padding: '12px 18px',
  fontSize: '15px',
  fontWeight: 600,
  margin: '16px 0',
};
