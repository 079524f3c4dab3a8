import { randomUUID } from 'node:crypto';
import { type Db, hashToken, listDevEmails, newStaffLink, requestStaffLinks } from '@haven/db';
import { createDevMailbox } from '@haven/local';
import { drainOutbox } from '@haven/outbox';
import { expect } from 'vitest';
import { PUBLIC_URL } from './app';

/** The app, or anything that answers requests like it (the app on a clock a test moves). */
type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export const ORIGIN = new URL(PUBLIC_URL).origin;

/** A same-site form post, as the browser sends it from a staff page. */
export const formPost = (fields: Record<string, string | string[]>, cookie?: string) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of [value].flat()) body.append(name, one);
  }
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: ORIGIN,
      ...(cookie ? { cookie } : {}),
    },
    body: body.toString(),
  };
};

/** Sends what the outbox holds through the local stack's mailbox, as the worker would. */
export const deliverOutbox = (db: Db, now: Date) =>
  drainOutbox({
    db,
    mailer: createDevMailbox(db, () => now),
    from: 'Haven <staff@example.org>',
    publicUrl: PUBLIC_URL,
    now: () => now,
    retryDelaysMs: [60_000],
  });

const LINK = new RegExp(`${PUBLIC_URL}/staff/sign-in/([A-Za-z0-9_-]+)`);

/** Every staff link emailed to an address, as tokens. */
export async function linksSentTo(db: Db, email: string): Promise<string[]> {
  const emails = (await listDevEmails(db)).filter((mail) => mail.to === email);
  return emails.flatMap((mail) => {
    const match = LINK.exec(mail.text);
    return match?.[1] ? [match[1]] : [];
  });
}

export const sessionCookieOf = (response: Response): string | undefined => {
  const match = /__Host-haven-staff=([^;]+)/.exec(response.headers.get('set-cookie') ?? '');
  return match?.[1] ? `__Host-haven-staff=${match[1]}` : undefined;
};

export const csrfTokenIn = (html: string): string | undefined =>
  /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

export type StaffSessionForTest = { cookie: string; csrf: string };

/** Signs a member in the way a person does: ask, open the emailed link, press the button. */
export async function signIn(
  app: App,
  db: Db,
  email: string,
  now: Date,
): Promise<StaffSessionForTest> {
  const before = new Set(await linksSentTo(db, email));
  const asked = await app.request('/staff/sign-in', formPost({ email }));
  expect(asked.status).toBe(200);
  await deliverOutbox(db, now);
  const token = (await linksSentTo(db, email)).find((link) => !before.has(link));
  if (!token) throw new Error(`no sign-in link was sent to ${email}`);
  const redeemed = await app.request(`/staff/sign-in/${token}`, formPost({}));
  expect(redeemed.status).toBe(303);
  const cookie = sessionCookieOf(redeemed);
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrf: await csrfOfSession(app, cookie) };
}

/**
 * A fresh session for a member, opened through the app's own link redemption: the link is
 * stored as the sign-in request stores it (without an email), then redeemed by POST.
 */
export async function sessionFor(
  app: App,
  db: Db,
  member: { orgSlug: string; memberId: string },
  now: Date,
): Promise<StaffSessionForTest> {
  const link = newStaffLink({ ...member, purpose: 'sign-in', validForMs: 60_000, now });
  await requestStaffLinks(db, hashToken(randomUUID()), [link], now);
  const token = link.token;
  const redeemed = await app.request(`/staff/sign-in/${token}`, formPost({}));
  expect(redeemed.status).toBe(303);
  const cookie = sessionCookieOf(redeemed);
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrf: await csrfOfSession(app, cookie) };
}

/** The session's CSRF token, read from the page it lands on (the home, or the passkey page). */
async function csrfOfSession(app: App, cookie: string): Promise<string> {
  let response = await app.request('/staff', { headers: { cookie } });
  const next = response.headers.get('location');
  if (response.status === 303 && next) response = await app.request(next, { headers: { cookie } });
  const csrf = csrfTokenIn(await response.text());
  if (!csrf) throw new Error('no CSRF token on the page a session lands on');
  return csrf;
}
