import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';

/**
 * What an update email's unsubscribe link names: the campaign and the person (their emailKey,
 * never the address), and the update it came with, so the fundraiser sees what it cost.
 */
export const UnsubscribeSubject = z.object({
  orgSlug: z.string().check(z.regex(/^[a-z0-9-]{1,64}$/)),
  campaignSlug: z.string().check(z.regex(/^[a-z0-9-]{1,100}$/)),
  person: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  updateId: z.string().check(z.regex(/^upd_[0-9a-z]{10,40}$/)),
});
export type UnsubscribeSubject = z.infer<typeof UnsubscribeSubject>;

/**
 * The key is derived from an existing secret (the form token secret) under its own label, so a
 * form token can never pass for an unsubscribe token or the other way round, and no new secret
 * has to be deployed to every function that builds or checks a link.
 */
const unsubscribeKey = (secret: string) =>
  createHmac('sha256', secret).update('haven/unsubscribe-link/v1').digest();

const mac = (secret: string, payload: string) =>
  createHmac('sha256', unsubscribeKey(secret)).update(payload).digest('base64url');

/** `<org>.<campaign>.<person>.<update>.<mac>`: dots never occur in any part but the separators. */
export function signUnsubscribe(secret: string, subject: UnsubscribeSubject): string {
  const payload = [subject.orgSlug, subject.campaignSlug, subject.person, subject.updateId].join(
    '.',
  );
  return `${payload}.${mac(secret, payload)}`;
}

/** The subject of a genuine token; undefined for a forged, altered or malformed one. */
export function verifyUnsubscribe(secret: string, token: string): UnsubscribeSubject | undefined {
  const parts = token.split('.');
  if (parts.length !== 5) return undefined;
  const [orgSlug, campaignSlug, person, updateId, sent] = parts;
  const parsed = UnsubscribeSubject.safeParse({ orgSlug, campaignSlug, person, updateId });
  if (!parsed.success || !sent) return undefined;
  const expected = Buffer.from(mac(secret, parts.slice(0, 4).join('.')));
  const given = Buffer.from(sent);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return parsed.data;
}
