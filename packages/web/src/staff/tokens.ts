import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: link tokens, session ids, CSRF tokens. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/**
 * What the table keeps instead of a link token or session id. A plain hash is enough: the
 * input is 256 random bits, so nobody can guess it back from the hash, and no key is needed.
 */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Compares two secrets without telling, by its timing, how much of a guess was right. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(sha256(a));
  const right = Buffer.from(sha256(b));
  return timingSafeEqual(left, right);
}
