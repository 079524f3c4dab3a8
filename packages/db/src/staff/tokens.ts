import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** 256 random bits, URL-safe: link tokens, session ids, CSRF tokens. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/**
 * What the table keeps instead of a link token or session id. A plain hash is enough: the
 * input is 256 random bits, so nobody can work it back from the hash, and no key is needed.
 */
export const hashToken = (value: string): string =>
  createHash('sha256').update(value).digest('hex');

/** A new emailed link for a member: the token for the email, its hash for the table. */
export function newStaffLink(input: {
  orgSlug: string;
  memberId: string;
  purpose: 'sign-in' | 'invite';
  validForMs: number;
  now: Date;
}) {
  const token = randomToken();
  return {
    token,
    tokenHash: hashToken(token),
    orgSlug: input.orgSlug,
    memberId: input.memberId,
    purpose: input.purpose,
    expiresAt: new Date(input.now.getTime() + input.validForMs),
    outboxId: randomUUID(),
    dueAt: input.now,
  };
}
