import { render } from '@react-email/render';
import { createElement } from 'react';
import { isolate } from './_components/isolate';
import { refundMessages } from './messages/refund';
import Refund, { type RefundProps } from './refund';
import type { RenderedEmail } from './render-receipt';

/** The donor's refund notice, HTML and plain text, in the donor's language. */
export async function renderRefund(props: RefundProps): Promise<RenderedEmail> {
  const element = createElement(Refund, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: refundMessages[props.locale].subject(isolate(props.orgName)), html, text };
}
