import { render } from '@react-email/render';
import { createElement } from 'react';
import { isolate } from './_components/isolate';
import CardFailed, { type CardFailedProps } from './card-failed';
import { cardFailedMessages } from './messages/card-failed';
import type { RenderedEmail } from './render-receipt';

/** The failed-instalment email, HTML and plain text, in the donor's language. */
export async function renderCardFailed(props: CardFailedProps): Promise<RenderedEmail> {
  const element = createElement(CardFailed, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return {
    subject: cardFailedMessages[props.locale].subject(isolate(props.orgName)),
    html,
    text,
  };
}
