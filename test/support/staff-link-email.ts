import { type Db, listDevEmails } from '@haven/db';
import { expect } from 'vitest';

/**
 * The staff link in the newest email to an address whose subject matches, once the local
 * stack's outbox worker has sent it: what a person clicks in their inbox.
 */
export async function linkSentTo(db: Db, address: string, subject: RegExp): Promise<string> {
  const find = async () =>
    (await listDevEmails(db)).find((m) => m.to === address && subject.test(m.subject));
  await expect.poll(async () => Boolean(await find()), { timeout: 10_000 }).toBe(true);
  const email = await find();
  const link = email && /https?:\/\/\S+\/staff\/sign-in\/[A-Za-z0-9_-]+/.exec(email.text)?.[0];
  if (!link) throw new Error(`no staff link sent to ${address}`);
  return link;
}
