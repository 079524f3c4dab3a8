import { render } from '@react-email/render';
import { createElement } from 'react';
import { isolate, isolateLtr } from './_components/isolate';
import { messages } from './messages';
import Receipt, { type ReceiptProps } from './receipt';

export type RenderedEmail = { subject: string; html: string; text: string };

/** The receipt as the two parts of one email (HTML and plain text) and its localised subject. */
export async function renderReceipt(props: ReceiptProps): Promise<RenderedEmail> {
  const element = createElement(Receipt, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return {
    subject: messages[props.locale].subject(
      isolateLtr(props.receiptNumber),
      isolate(props.org.name),
    ),
    html,
    text,
  };
}
