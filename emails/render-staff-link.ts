import { render } from '@react-email/render';
import { createElement } from 'react';
import { isolate } from './_components/isolate';
import { staffMessages } from './messages/staff';
import type { RenderedEmail } from './render-receipt';
import StaffLink, { type StaffLinkProps } from './staff-link';

/** A staff sign-in or invitation email, HTML and plain text, in the member's language. */
export async function renderStaffLink(props: StaffLinkProps): Promise<RenderedEmail> {
  const element = createElement(StaffLink, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const t = staffMessages[props.locale];
  const name = isolate(props.orgName);
  return {
    subject: props.purpose === 'invite' ? t.inviteSubject(name) : t.signInSubject(name),
    html,
    text,
  };
}
