import { SESSION_ABSOLUTE_MS } from '@haven/core';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const NAME = 'haven-staff';

/**
 * `__Host-`: the browser only keeps it when Secure, with Path=/ and no Domain, so no subdomain
 * can set or shadow it. Lax: a link from an email still arrives signed in, a cross-site POST
 * does not carry it. Browsers treat http://localhost as secure, so `npm start` works too.
 */
export const SESSION_COOKIE = `__Host-${NAME}`;

export function setSessionCookie(c: Context, sessionId: string) {
  setCookie(c, NAME, sessionId, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
    prefix: 'host',
  });
}

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, NAME, 'host');

export const clearSessionCookie = (c: Context) =>
  deleteCookie(c, NAME, { path: '/', secure: true, prefix: 'host' });
