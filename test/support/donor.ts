import { type Db, listDevEmails } from '@haven/db';
import { expect } from 'vitest';
import { PUBLIC_URL } from './app';
import { deliverOutbox, formPost } from './staff';

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

const LINK = new RegExp(`${PUBLIC_URL}/([a-z]{2})/donor/link/([A-Za-z0-9_-]+)`);

/** Every donor link emailed to an address, newest first, with the email's subject. */
export async function donorLinksSentTo(db: Db, email: string) {
  return (await listDevEmails(db))
    .filter((mail) => mail.to === email)
    .flatMap((mail) => {
      const match = LINK.exec(mail.text);
      return match?.[2] ? [{ locale: match[1], token: match[2], mail }] : [];
    });
}

export const donorCookieOf = (response: Response): string | undefined => {
  const match = /__Host-haven-donor=([^;]+)/.exec(response.headers.get('set-cookie') ?? '');
  return match?.[1] ? `__Host-haven-donor=${match[1]}` : undefined;
};

export type DonorSessionForTest = { cookie: string; csrf: string };

/** Opens the donor space as a person does: ask, open the emailed link, press the button. */
export async function openDonorSpace(
  app: App,
  db: Db,
  email: string,
  now: Date,
  locale = 'en',
): Promise<DonorSessionForTest> {
  const before = new Set((await donorLinksSentTo(db, email)).map((link) => link.token));
  const asked = await app.request(`/${locale}/donor`, formPost({ email }));
  expect(asked.status).toBe(200);
  await deliverOutbox(db, now);
  const link = (await donorLinksSentTo(db, email)).find((l) => !before.has(l.token));
  if (!link) throw new Error(`no donor link was sent to ${email}`);
  const redeemed = await app.request(`/${locale}/donor/link/${link.token}`, formPost({}));
  expect(redeemed.status).toBe(303);
  const cookie = donorCookieOf(redeemed);
  if (!cookie) throw new Error('no donor cookie');
  const page = await app.request(`/${locale}/donor/gifts`, { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrf) throw new Error('no CSRF token on the donor space');
  return { cookie, csrf };
}
