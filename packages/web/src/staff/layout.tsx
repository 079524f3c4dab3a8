import { type Locale, textDirection } from '@haven/core';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { type StaffMessages, staffMessagesFor } from '../i18n/staff';
import { campaignMessagesFor } from '../i18n/staff-campaigns';
import { StatusMessage } from '../pages/status-message';

/** What a staff page needs: the member's language, and who is signed in when someone is. */
export type StaffPageContext = {
  locale: Locale;
  t: StaffMessages;
  /** Present once signed in: the navigation and the sign-out form need them. */
  signedIn?: {
    orgName: string;
    csrfToken: string;
    canManage: boolean;
    canAudit: boolean;
    canExport?: boolean;
  };
};

export const staffPageContext = (
  locale: Locale,
  signedIn?: StaffPageContext['signedIn'],
): StaffPageContext => ({ locale, t: staffMessagesFor(locale), signedIn });

/** The hidden field every staff form carries: the session's CSRF token. */
export const CsrfField = ({ token }: { token: string }) => (
  <input type="hidden" name="_csrf" value={token} />
);

/** The staff pages' shell: no public chrome, the member's language and direction. */
export function StaffLayout(props: {
  ctx: StaffPageContext;
  title: string;
  children: Child;
  /** Scripts are refused everywhere but the passkey pages, which need the WebAuthn API. */
  script?: string;
}) {
  const { ctx } = props;
  const { t, signedIn } = ctx;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={ctx.locale} dir={textDirection(ctx.locale)}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>{`${props.title} · ${t.staff} · Haven`}</title>
          <link rel="stylesheet" href="/static/app.css" />
          {props.script && <script src={props.script} defer />}
        </head>
        <body>
          <a class="skip" href="#content">
            {t.skipToContent}
          </a>
          <header class="site">
            <span class="brand">{signedIn ? signedIn.orgName : 'Haven'}</span>
            {signedIn && (
              <nav class="staff" aria-label={t.nav.label}>
                <ul>
                  <li>
                    <a href="/staff">{t.nav.home}</a>
                  </li>
                  <li>
                    <a href="/staff/campaigns">{campaignMessagesFor(ctx.locale).nav}</a>
                  </li>
                  <li>
                    <a href="/staff/members">{t.nav.members}</a>
                  </li>
                  {signedIn.canManage && (
                    <li>
                      <a href="/staff/settings">{t.nav.settings}</a>
                    </li>
                  )}
                  <li>
                    <a href="/staff/security">{t.nav.security}</a>
                  </li>
                  {signedIn.canExport && (
                    <li>
                      <a href="/staff/finance/exports">{t.nav.exports}</a>
                    </li>
                  )}
                  {signedIn.canAudit && (
                    <li>
                      <a href="/staff/audit">{t.nav.audit}</a>
                    </li>
                  )}
                </ul>
                <form method="post" action="/staff/sign-out">
                  <CsrfField token={signedIn.csrfToken} />
                  <button type="submit">{t.signOut}</button>
                </form>
              </nav>
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
export const StaffMessagePage = (props: {
  ctx: StaffPageContext;
  title: string;
  body: string;
  link?: { href: string; label: string };
}) => (
  <StaffLayout ctx={props.ctx} title={props.title}>
    <StatusMessage body={props.body} link={props.link} />
  </StaffLayout>
);
