import { donorSessionAlive, isLocale, type Locale } from '@haven/core';
import { deleteDonorSession, findDonorSession, touchDonorSession } from '@haven/db';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import { sameSecret, sha256 } from '../staff/tokens';
import { DonorMessagePage, donorPageContext, donorPath } from './layout';
import { readDonorCookie } from './session-cookie';

/** Who is signed in to the donor space: a person's key alone, never their address. */
export type Donor = { emailKey: string; csrfToken: string; sessionHash: string };

export type DonorEnv = { Variables: { donor: Donor } };

/** The page's language: the URL's (routes only run under a known `:lang`). */
export const localeOf = (c: Context): Locale => {
  const lang = c.req.param('lang');
  return isLocale(lang) ? lang : 'en';
};

/**
 * Every donor-space route's guard: a live session (else the request form for a GET, 401 for
 * anything else), and on a state-changing request this session's CSRF token (`_csrf`), else 403.
 * Then `c.var.donor` names the person; handlers read only what their key reaches.
 */
export const requireDonor = (deps: AppDeps) =>
  createMiddleware<DonorEnv>(async (c, next) => {
    const locale = localeOf(c);
    const now = deps.now();
    const sessionId = readDonorCookie(c);
    const sessionHash = sessionId ? sha256(sessionId) : undefined;
    const session = sessionHash ? await findDonorSession(deps.db, sessionHash) : undefined;
    if (!sessionHash || !session || !donorSessionAlive(session, now)) {
      if (sessionHash && session) await deleteDonorSession(deps.db, sessionHash);
      if (c.req.method === 'GET' || c.req.method === 'HEAD') {
        return c.redirect(donorPath(locale, ''), 303);
      }
      const ctx = donorPageContext(locale, '');
      return c.html(
        <DonorMessagePage
          ctx={ctx}
          title={ctx.t.signedOutTitle}
          body={ctx.t.signedOut}
          link={{ href: donorPath(locale, ''), label: ctx.t.link.askAgain }}
        />,
        401,
      );
    }
    if (
      !['GET', 'HEAD'].includes(c.req.method) &&
      !(await csrfTokenMatches(c, session.csrfToken))
    ) {
      const ctx = donorPageContext(locale, '', session.csrfToken);
      return c.html(
        <DonorMessagePage
          ctx={ctx}
          title={ctx.t.forbiddenTitle}
          body={ctx.t.forbidden}
          link={{ href: donorPath(locale, '/gifts'), label: ctx.t.back }}
        />,
        403,
      );
    }
    await touchDonorSession(deps.db, sessionHash, session, now);
    c.set('donor', { emailKey: session.emailKey, csrfToken: session.csrfToken, sessionHash });
    await next();
  });

async function csrfTokenMatches(c: Context, expected: string): Promise<boolean> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return false;
  const sent = (await c.req.parseBody())._csrf;
  return typeof sent === 'string' && sameSecret(sent, expected);
}
