import { render } from '@react-email/render';
import { createElement } from 'react';
import { isolate } from './_components/isolate';
import type { CampaignUpdateEmailProps } from './campaign-update';
import { updateMessages } from './messages/update';
import type { RenderedEmail } from './render-receipt';

/** An update email's HTML and plain-text parts and its subject, in the reader's language. */
export async function renderCampaignUpdate(
  props: CampaignUpdateEmailProps,
): Promise<RenderedEmail> {
  // The template and markdown-it (~97 KB) load with the first update sent, not at every cold
  // start of the email functions: most of what they send is receipts.
  const { default: CampaignUpdateEmail } = await import('./campaign-update');
  const element = createElement(CampaignUpdateEmail, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const subject = updateMessages[props.locale].subject(props.title, isolate(props.org.name));
  return { subject, html, text };
}
