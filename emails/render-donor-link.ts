import { render } from '@react-email/render';
import { createElement } from 'react';
import DonorLink, { type DonorLinkProps } from './donor-link';
import { donorMessages } from './messages/donor';
import type { RenderedEmail } from './render-receipt';

/** A donor's link to their own space, HTML and plain text, in the language they asked in. */
export async function renderDonorLink(props: DonorLinkProps): Promise<RenderedEmail> {
  const element = createElement(DonorLink, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: donorMessages[props.locale].subject, html, text };
}
