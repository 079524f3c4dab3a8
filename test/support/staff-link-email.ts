import { type Db, listDevEmails } from '@haven/db';
import { expect } from 'vitest';

const LINK = /https?:\/\/\S+\/staff\/sign-in\/[A-Za-z0-9_-]+/;

/** The staff links in the emails to an address whose subject matches, newest first. */
export async function linksSentTo(db: Db, address: string, subject: RegExp): Promise<string[]> {
  return (await listDevEmails(db))
    .filter((m) => m.to === address && subject.test(m.subject))
    .flatMap((m) => LINK.exec(m.text)?.[0] ?? []);
}

/**
 * The staff link in the newest email to an address whose subject matches, once the local
 * stack's outbox worker has sent it: what a person clicks in their inbox. `except`: links
 * already used, so a second sign-in waits for its own email rather than take the last one.
 */
export async function linkSentTo(
  db: Db,
  address: string,
  subject: RegExp,
  except: string[] = [],
): Promise<string> {
  const find = async () =>
    (await linksSentTo(db, address, subject)).find((link) => !except.includes(link));
  await expect.poll(async () => Boolean(await find()), { timeout: 10_000 }).toBe(true);
  const link = await find();
  if (!link) throw new Error(`no staff link sent to ${address}`);
  return link;
}
