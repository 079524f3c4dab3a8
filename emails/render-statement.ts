import { render } from '@react-email/render';
import { createElement } from 'react';
import { isolate } from './_components/isolate';
import { statementEmailMessages } from './messages/statement';
import type { RenderedEmail } from './render-receipt';
import StatementEmail, { type StatementEmailProps } from './statement';

/** A donor's statement of gifts, HTML and plain text, in the donor's language. */
export async function renderStatement(props: StatementEmailProps): Promise<RenderedEmail> {
  const element = createElement(StatementEmail, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const t = statementEmailMessages[props.locale];
  return { subject: t.subject(isolate(props.period), isolate(props.org.name)), html, text };
}
