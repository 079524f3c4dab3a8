import { LOCALES, type Locale, textDirection } from '@haven/core';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { type DonorMessages, donorMessagesFor } from '../i18n/donor';
import { LanguageNav } from '../pages/language-nav';
import { StatusMessage } from '../pages/status-message';
import { assetUrl } from '../static/assets';

export type DonorPageContext = {
  locale: Locale;
  t: DonorMessages;
  /** The path after the language prefix, for the language links: `/donor/gifts`. */
  rest: string;
  /** Present once signed in: the sign-out form needs it. */
  csrfToken?: string;
};

export const donorPageContext = (
  locale: Locale,
  rest: string,
  csrfToken?: string,
): DonorPageContext => ({ locale, t: donorMessagesFor(locale), rest, csrfToken });

export const donorPath = (locale: Locale, rest: string) => `/${locale}/donor${rest}`;

/** The hidden field every signed-in donor form carries: the session's own token. */
export const CsrfField = ({ token }: { token: string }) => (
  <input type="hidden" name="_csrf" value={token} />
);

/** The donor pages' shell: the donor's language and direction, never indexed. */
export function DonorLayout(props: { ctx: DonorPageContext; title: string; children: Child }) {
  const { ctx } = props;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={ctx.locale} dir={textDirection(ctx.locale)}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{`${props.title} · ${ctx.t.space} · Haven`}</title>
          <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
          <link rel="stylesheet" href={assetUrl('app.css')} />
        </head>
        <body>
          <a class="skip" href="#content">
            {ctx.t.skipToContent}
          </a>
          <header class="site">
            <span class="brand">{ctx.t.space}</span>
            <LanguageNav
              locales={LOCALES}
              current={ctx.locale}
              href={(locale) => donorPath(locale, ctx.rest)}
            />
            {ctx.csrfToken && (
              <form method="post" action={donorPath(ctx.locale, '/sign-out')}>
                <CsrfField token={ctx.csrfToken} />
                <button type="submit">{ctx.t.signOut}</button>
              </form>
            )}
          </header>
          <main id="content">
            <h1>{props.title}</h1>
            {props.children}
          </main>
        </body>
      </html>
    </>
  );
}

/** A page that says one thing, with a way on. */
export const DonorMessagePage = (props: {
  ctx: DonorPageContext;
  title: string;
  body: string;
  link?: { href: string; label: string };
}) => (
  <DonorLayout ctx={props.ctx} title={props.title}>
    <StatusMessage body={props.body} link={props.link} />
  </DonorLayout>
);
