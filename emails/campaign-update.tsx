/** @jsxImportSource react */
import { type Locale, textDirection } from '@haven/core';
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from '@react-email/components';
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
  const dir = textDirection(props.locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const brand = props.org.brandColor ?? DEFAULT_BRAND;
  const campaign = isolate(props.campaignTitle);
  return (
    <Html lang={props.locale} dir={dir}>
      <Head />
      <Preview>{t.preview(campaign)}</Preview>
      <Body dir={dir} style={{ ...body, textAlign: align }}>
        <Container dir={dir} style={{ ...container, borderTop: `6px solid ${brand}` }}>
          {props.org.logoUrl ? (
            <Img src={props.org.logoUrl} alt={props.org.name} height={48} />
          ) : null}
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
          <Hr style={hr} />
          <Text style={{ ...footer, textAlign: align }}>
            {t.why(isolate(props.org.name), campaign)}
            <br />
            <Link href={props.unsubscribeUrl} style={{ color: '#52525b' }}>
              {t.unsubscribe}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
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
const kicker = { fontSize: '13px', fontWeight: 600, margin: '16px 0 4px' };
const h1 = { fontSize: '24px', lineHeight: '32px', margin: '0 0 16px' };
const paragraph = { fontSize: '15px', lineHeight: '24px', margin: '12px 0' };
const button = {
  color: '#ffffff',
  borderRadius: '6px',
  padding: '12px 18px',
  fontSize: '15px',
  fontWeight: 600,
  margin: '16px 0',
};
const hr = { borderColor: '#e4e4e7', margin: '28px 0 16px' };
const footer = { fontSize: '13px', lineHeight: '20px', color: '#71717a', margin: 0 };
