import type { Locale } from '@haven/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { StaffMessages } from '../i18n/staff';
import { StaffMessagePage, type StaffPageContext, staffPageContext } from './layout';

/** A one-message staff page in the member's language, with the given status. */
export function staffPage(
  c: Context,
  who: { locale: Locale; signedIn?: StaffPageContext['signedIn'] },
  status: ContentfulStatusCode,
  message: (t: StaffMessages) => {
    title: string;
    body: string;
    link?: { href: string; label: string };
  },
) {
  const ctx = staffPageContext(who.locale, who.signedIn);
  const { title, body, link } = message(ctx.t);
  return c.html(<StaffMessagePage ctx={ctx} title={title} body={body} link={link} />, status);
}
