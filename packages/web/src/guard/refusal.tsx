import { isLocale, LOCALES, type Locale } from '@haven/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { problem } from '../api/problem';
import type { AppDeps } from '../deps';
import type { Messages } from '../i18n';
import { MessagePage } from '../pages/message-page';
import { pageContext } from '../pages/page-context';
import { chooseLocale } from '../routes/campaign-context';
import { isJsonRoute } from './json-route';

/** Why the guard turned a request away; each has a status, a problem title and a page text. */
export const REFUSALS = {
  too_large: { status: 413, title: 'Content Too Large' },
  unsupported_media_type: { status: 415, title: 'Unsupported Media Type' },
  cross_site: { status: 403, title: 'Cross-Site Request Refused' },
  form_expired: { status: 403, title: 'Form Expired' },
  not_a_person: { status: 400, title: 'Form Refused' },
  challenge_failed: { status: 403, title: 'Challenge Failed' },
  rate_limited: { status: 429, title: 'Too Many Requests' },
  busy: { status: 429, title: 'Too Many Requests' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;
export type Refusal = keyof typeof REFUSALS;

const pageText = (t: Messages['guard'], reason: Refusal): string => {
  switch (reason) {
    case 'too_large':
      return t.tooLarge;
    case 'unsupported_media_type':
      return t.unsupported;
    case 'cross_site':
    case 'form_expired':
      return t.formExpired;
    case 'not_a_person':
      return t.notSent;
    case 'challenge_failed':
      return t.challengeFailed;
    case 'rate_limited':
      return t.rateLimited;
    case 'busy':
      return t.busy;
  }
};

/** The language of a refused page: the URL's prefix when it has one, else Accept-Language. */
function refusalLocale(c: Context): Locale {
  const prefix = c.req.path.split('/')[1];
  return isLocale(prefix) ? prefix : chooseLocale(c, LOCALES, 'en');
}

/** The refusal as RFC 9457 problem details, for JSON routes. */
export function refusalProblem(c: Context, reason: Refusal, retryAfter?: number): Response {
  const { status, title } = REFUSALS[reason];
  if (retryAfter !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
  c.header('Cache-Control', 'no-store');
  return problem(c, status, { type: `urn:haven:error:${reason}`, title });
}

/**
 * Turns a request away, saying why: RFC 9457 problem details on JSON routes, a short page in
 * the visitor's language elsewhere. `retryAfter` (seconds) goes out as Retry-After.
 */
export function refuse(
  c: Context,
  deps: Pick<AppDeps, 'publicUrl'>,
  reason: Refusal,
  retryAfter?: number,
) {
  if (isJsonRoute(c.req.path)) return refusalProblem(c, reason, retryAfter);
  if (retryAfter !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
  c.header('Cache-Control', 'no-store');
  const locale = refusalLocale(c);
  const ctx = pageContext({ locale, publicUrl: deps.publicUrl, rest: '/', offered: LOCALES });
  // Back to the campaign the form was on, when the path is one; else home.
  const campaign = /^\/[a-z]{2}\/[a-z0-9-]{3,64}\/[a-z0-9-]{3,64}(?=\/donate$)/.exec(c.req.path);
  const back = campaign?.[0] ?? '/';
  return c.html(
    <MessagePage
      ctx={ctx}
      title={ctx.t.guard.title}
      body={pageText(ctx.t.guard, reason)}
      back={{ href: back, label: ctx.t.guard.back }}
    />,
    REFUSALS[reason].status,
  );
}

/** A refusal as an exception for the typed JSON routes, whose handlers return only their schemas. */
export function refusal(c: Context, reason: Refusal, retryAfter?: number): HTTPException {
  const res = refusalProblem(c, reason, retryAfter);
  return new HTTPException(REFUSALS[reason].status, { res });
}
