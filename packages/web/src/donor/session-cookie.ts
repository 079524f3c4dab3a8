import { DONOR_SESSION_ABSOLUTE_MS } from '@haven/core';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const NAME = 'haven-donor';

/**
 * The donor's own cookie, apart from the staff one, so a person who is both never mixes the two.
 * `__Host-`: kept only when Secure, Path=/ and no Domain, so no subdomain can set or shadow it;
 * Lax: the emailed link still arrives, a cross-site POST does not carry it.
 */
export const DONOR_COOKIE = `__Host-${NAME}`;

export function setDonorCookie(c: Context, sessionId: string) {
  setCookie(c, NAME, sessionId, {
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: DONOR_SESSION_ABSOLUTE_MS / 1000,
    prefix: 'host',
  });
}

export const readDonorCookie = (c: Context): string | undefined => getCookie(c, NAME, 'host');

export const clearDonorCookie = (c: Context) =>
  deleteCookie(c, NAME, { path: '/', secure: true, prefix: 'host' });
